/**
 * Vocabulary for generated workbooks: Vietnamese personal names (by gender), hometowns, positions, civil-service
 * grades, qualifications and initiative topics, as they appear in a southern provincial THADS office.
 */
import type { Rng } from "./prng";

/** Family names with rough frequencies in the Mekong delta. */
export const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ["Nguyễn", 30], ["Trần", 12], ["Lê", 10], ["Phạm", 6], ["Huỳnh", 6], ["Võ", 6], ["Phan", 4], ["Trương", 3],
  ["Đặng", 2], ["Bùi", 2], ["Đỗ", 2], ["Hồ", 2], ["Ngô", 2], ["Dương", 2], ["Lâm", 2], ["Đoàn", 1], ["Mai", 1],
  ["Châu", 1], ["Lương", 1], ["Tạ", 1], ["Cao", 1], ["Thạch", 1], ["Kiều", 1], ["Hoàng", 1], ["La", 1],
];

export const MIDDLE_MALE: ReadonlyArray<string> = [
  "Văn", "Văn", "Văn", "Hữu", "Minh", "Quốc", "Thanh", "Công", "Đức", "Hoàng", "Ngọc", "Tấn", "Trọng", "Thành", "Phước", "Chí",
];
export const MIDDLE_FEMALE: ReadonlyArray<string> = [
  "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Bích", "Thu", "Hồng", "Phương", "Diễm", "Thùy", "Huỳnh Thị",
];
export const GIVEN_MALE: ReadonlyArray<string> = [
  "Hùng", "Dũng", "Tuấn", "Minh", "Phúc", "Khoa", "Long", "Nam", "Tài", "Thắng", "Trí", "Hiếu", "Nghĩa", "Quang", "Sơn",
  "Tâm", "Thiện", "Toàn", "Vinh", "Bảo", "Cường", "Duy", "Hải", "Hậu", "Khánh", "Lộc", "Lợi", "Nhân", "Phong", "Tân",
  "Thịnh", "Trung", "Đạt", "Hòa", "Kiệt", "Luân", "Nhựt", "Phát", "Quý", "Sang", "Thuận", "Tín", "Triều", "Vũ",
];
export const GIVEN_FEMALE: ReadonlyArray<string> = [
  "Lan", "Hương", "Mai", "Ngọc", "Trang", "Thảo", "Hạnh", "Huyền", "Nhung", "Phượng", "Thủy", "Tuyết", "Vân", "Yến",
  "Diễm", "Hằng", "Linh", "My", "Nga", "Nhi", "Oanh", "Quyên", "Thư", "Trinh", "Uyên", "Xuân", "Loan", "Hoa", "Kiều",
  "Ánh", "Châu", "Duyên", "Giang", "Hân", "Liên", "Ngân", "Phương", "Tiên", "Trâm", "Vy",
];

export const HOMETOWNS: ReadonlyArray<readonly [string, number]> = [
  ["Châu Thành, Bến Tre", 6], ["Ba Tri, Bến Tre", 6], ["Mỏ Cày Nam, Bến Tre", 5], ["Mỏ Cày Bắc, Bến Tre", 4],
  ["Giồng Trôm, Bến Tre", 5], ["Bình Đại, Bến Tre", 4], ["Thạnh Phú, Bến Tre", 4], ["Chợ Lách, Bến Tre", 4],
  ["Thành phố Bến Tre, Bến Tre", 5], ["Long Hồ, Vĩnh Long", 2], ["Tam Bình, Vĩnh Long", 1], ["Trà Ôn, Vĩnh Long", 1],
  ["Cầu Ngang, Trà Vinh", 1], ["Càng Long, Trà Vinh", 1], ["Gò Công, Tiền Giang", 1], ["Cái Bè, Tiền Giang", 1],
];

export const EDUCATION_LAW: ReadonlyArray<readonly [string, number]> = [
  ["Cử nhân Luật", 10], ["Thạc sĩ Luật", 3], ["Cử nhân Luật, Cao cấp lý luận chính trị", 1],
];

export interface Post {
  readonly position: string;
  readonly grade: string;
  readonly education: ReadonlyArray<readonly [string, number]>;
  /** Youngest sensible age for the post. */
  readonly minAge: number;
}

const LAW = EDUCATION_LAW;
const ACC: ReadonlyArray<readonly [string, number]> = [["Cử nhân Kế toán", 3], ["Cử nhân Tài chính - Ngân hàng", 1]];
const OFFICE: ReadonlyArray<readonly [string, number]> = [["Cao đẳng Văn thư - Lưu trữ", 2], ["Cử nhân Quản trị văn phòng", 1]];
const IT: ReadonlyArray<readonly [string, number]> = [["Kỹ sư Công nghệ thông tin", 1]];
const BASIC: ReadonlyArray<readonly [string, number]> = [["Trung học phổ thông", 1], ["Trung cấp", 1]];

/** The staff of a Phòng Thi hành án dân sự khu vực, in order of rank. */
export const DISTRICT_POSTS: ReadonlyArray<Post> = [
  { position: "Trưởng phòng", grade: "Chấp hành viên trung cấp", education: LAW, minAge: 35 },
  { position: "Phó Trưởng phòng", grade: "Chấp hành viên trung cấp", education: LAW, minAge: 32 },
  { position: "Phó Trưởng phòng", grade: "Chấp hành viên sơ cấp", education: LAW, minAge: 30 },
  { position: "Chấp hành viên", grade: "Chấp hành viên trung cấp", education: LAW, minAge: 30 },
  { position: "Chấp hành viên", grade: "Chấp hành viên sơ cấp", education: LAW, minAge: 26 },
  { position: "Chấp hành viên", grade: "Chấp hành viên sơ cấp", education: LAW, minAge: 26 },
  { position: "Chấp hành viên", grade: "Chấp hành viên sơ cấp", education: LAW, minAge: 26 },
  { position: "Thẩm tra viên", grade: "Thẩm tra viên", education: LAW, minAge: 27 },
  { position: "Thư ký thi hành án", grade: "Thư ký trung cấp thi hành án", education: LAW, minAge: 24 },
  { position: "Thư ký thi hành án", grade: "Thư ký thi hành án", education: LAW, minAge: 23 },
  { position: "Thư ký thi hành án", grade: "Thư ký thi hành án", education: LAW, minAge: 23 },
  { position: "Kế toán", grade: "Kế toán viên", education: ACC, minAge: 24 },
  { position: "Văn thư - Thủ quỹ", grade: "Văn thư viên", education: OFFICE, minAge: 22 },
  { position: "Thủ kho vật chứng", grade: "Nhân viên", education: BASIC, minAge: 25 },
];

/** Leadership and professional divisions of the provincial office. */
export const PROVINCE_POSTS: ReadonlyArray<Post> = [
  { position: "Trưởng Thi hành án dân sự tỉnh", grade: "Chấp hành viên cao cấp", education: [["Thạc sĩ Luật, Cao cấp lý luận chính trị", 1]], minAge: 45 },
  { position: "Phó Trưởng Thi hành án dân sự tỉnh", grade: "Chấp hành viên cao cấp", education: [["Cử nhân Luật, Cao cấp lý luận chính trị", 1]], minAge: 42 },
  { position: "Phó Trưởng Thi hành án dân sự tỉnh", grade: "Chấp hành viên trung cấp", education: [["Thạc sĩ Luật, Cao cấp lý luận chính trị", 1]], minAge: 40 },
  { position: "Phó Trưởng Thi hành án dân sự tỉnh", grade: "Chấp hành viên trung cấp", education: [["Cử nhân Luật, Cao cấp lý luận chính trị", 1]], minAge: 40 },
  { position: "Trưởng phòng Nghiệp vụ và Tổ chức thi hành án", grade: "Thẩm tra viên chính", education: LAW, minAge: 38 },
  { position: "Phó Trưởng phòng Nghiệp vụ và Tổ chức thi hành án", grade: "Thẩm tra viên", education: LAW, minAge: 33 },
  { position: "Chấp hành viên", grade: "Chấp hành viên trung cấp", education: LAW, minAge: 30 },
  { position: "Chấp hành viên", grade: "Chấp hành viên trung cấp", education: LAW, minAge: 30 },
  { position: "Chấp hành viên", grade: "Chấp hành viên sơ cấp", education: LAW, minAge: 27 },
  { position: "Thẩm tra viên", grade: "Thẩm tra viên", education: LAW, minAge: 27 },
  { position: "Thẩm tra viên", grade: "Thẩm tra viên", education: LAW, minAge: 27 },
  { position: "Thư ký thi hành án", grade: "Thư ký trung cấp thi hành án", education: LAW, minAge: 24 },
  { position: "Thư ký thi hành án", grade: "Thư ký thi hành án", education: LAW, minAge: 23 },
  { position: "Trưởng phòng Kiểm tra, giải quyết khiếu nại, tố cáo", grade: "Thẩm tra viên chính", education: LAW, minAge: 38 },
  { position: "Phó Trưởng phòng Kiểm tra, giải quyết khiếu nại, tố cáo", grade: "Thẩm tra viên", education: LAW, minAge: 33 },
  { position: "Thẩm tra viên", grade: "Thẩm tra viên", education: LAW, minAge: 27 },
  { position: "Thẩm tra viên", grade: "Thẩm tra viên", education: LAW, minAge: 27 },
  { position: "Chuyên viên", grade: "Chuyên viên", education: LAW, minAge: 24 },
  { position: "Chuyên viên", grade: "Chuyên viên", education: LAW, minAge: 24 },
  { position: "Thư ký thi hành án", grade: "Thư ký thi hành án", education: LAW, minAge: 23 },
  { position: "Chấp hành viên", grade: "Chấp hành viên sơ cấp", education: LAW, minAge: 27 },
  { position: "Thẩm tra viên", grade: "Thẩm tra viên", education: LAW, minAge: 27 },
];

/** The Văn phòng of the provincial office. */
export const OFFICE_POSTS: ReadonlyArray<Post> = [
  { position: "Chánh Văn phòng", grade: "Chuyên viên chính", education: LAW, minAge: 38 },
  { position: "Phó Chánh Văn phòng", grade: "Chuyên viên", education: LAW, minAge: 32 },
  { position: "Phó Chánh Văn phòng", grade: "Kế toán viên chính", education: ACC, minAge: 34 },
  { position: "Kế toán trưởng", grade: "Kế toán viên", education: ACC, minAge: 30 },
  { position: "Kế toán viên", grade: "Kế toán viên", education: ACC, minAge: 24 },
  { position: "Kế toán viên", grade: "Kế toán viên trung cấp", education: ACC, minAge: 24 },
  { position: "Chuyên viên tổ chức cán bộ", grade: "Chuyên viên", education: LAW, minAge: 25 },
  { position: "Chuyên viên thi đua - khen thưởng", grade: "Chuyên viên", education: LAW, minAge: 25 },
  { position: "Chuyên viên công nghệ thông tin", grade: "Chuyên viên", education: IT, minAge: 24 },
  { position: "Văn thư", grade: "Văn thư viên", education: OFFICE, minAge: 22 },
  { position: "Văn thư", grade: "Văn thư viên trung cấp", education: OFFICE, minAge: 22 },
  { position: "Thủ quỹ", grade: "Nhân viên", education: ACC, minAge: 24 },
  { position: "Thủ kho vật chứng", grade: "Nhân viên", education: BASIC, minAge: 25 },
  { position: "Thủ kho vật chứng", grade: "Nhân viên", education: BASIC, minAge: 25 },
  { position: "Lái xe", grade: "Nhân viên", education: BASIC, minAge: 25 },
  { position: "Bảo vệ", grade: "Nhân viên", education: BASIC, minAge: 25 },
];

export function personName(rng: Rng, female: boolean): string {
  const surname = rng.weighted(SURNAMES);
  const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  return `${surname} ${middle} ${given}`;
}

const ACTIONS = [
  "Giải pháp nâng cao hiệu quả",
  "Biện pháp đẩy nhanh tiến độ",
  "Quy trình phối hợp trong",
  "Ứng dụng phần mềm hỗ trợ",
  "Mô hình “Dân vận khéo” trong",
  "Giải pháp rút ngắn thời gian",
  "Kinh nghiệm tổ chức",
  "Cách làm mới trong",
] as const;
const TOPICS = [
  "xác minh điều kiện thi hành án",
  "thi hành các vụ việc có giá trị lớn",
  "thi hành án tín dụng, ngân hàng",
  "thu hồi tiền, tài sản cho Nhà nước trong các vụ án hình sự về tham nhũng, kinh tế",
  "cưỡng chế giao nhà, giao đất",
  "vận động đương sự tự nguyện thi hành án",
  "quản lý, xử lý tài sản kê biên",
  "bán đấu giá tài sản thi hành án",
  "giải quyết khiếu nại, tố cáo về thi hành án",
  "lưu trữ và số hóa hồ sơ thi hành án",
  "thống kê, báo cáo thi hành án dân sự",
  "quản lý kho vật chứng",
  "tống đạt văn bản về thi hành án",
  "thi hành các khoản thu cho ngân sách nhà nước",
] as const;
const SETTINGS_OF = [
  "tại Phòng Thi hành án dân sự khu vực",
  "trên địa bàn tỉnh",
  "đối với tài sản là quyền sử dụng đất chưa được cấp giấy chứng nhận",
  "có sự phối hợp của chính quyền cấp xã",
  "",
] as const;

/** A plausible initiative title (sáng kiến / đề tài). */
export function initiativeName(rng: Rng): string {
  const where = rng.pick(SETTINGS_OF);
  return `${rng.pick(ACTIONS)} ${rng.pick(TOPICS)}${where ? ` ${where}` : ""}`;
}
