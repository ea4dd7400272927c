/** Messages of the foundation commands (demo, init) that the CLI catalogue does not already have. */
export const foundation = {
  vi: {
    "cli.demo.notDemoDir":
      "Thư mục \"{{dir}}\" đã có dữ liệu không phải do lệnh demo tạo ra nên không bị xóa. Hãy chọn một thư mục khác (hoặc thư mục trống) cho --out.",
    "cli.demo.files": "Đã ghi: {{files}}",
  },
  en: {
    "cli.demo.notDemoDir":
      "Folder \"{{dir}}\" holds files the demo did not write, so it is not deleted. Choose another (or an empty) folder for --out.",
    "cli.demo.files": "Written: {{files}}",
  },
};
