/** Messages of the Excel adapter (src/excel): errors of Excel actions, feature checks, drop-down alerts. */
export const excel = {
  vi: {
    "excel.loading": "Đang tải…",
    "excel.error.timeout":
      "Excel không phản hồi sau {{seconds}} giây. Dữ liệu của bạn chưa bị thay đổi bởi thao tác dở dang này; bấm \"Thử lại\" (nếu vẫn lỗi, hãy tải lại trang hoặc mở lại sổ).",
    "excel.error.retry": "Thử lại",
    "excel.error.payload":
      "Một dòng trong sheet \"{{sheet}}\" quá lớn để Excel trên web truyền trong một lần (trên 5 MB). Hãy rút gọn nội dung các ô rất dài trong sheet đó rồi thử lại.",
    "excel.error.sheetNotFound": "Không tìm thấy sheet \"{{sheet}}\" trong sổ. Có thể sheet đã bị đổi tên hoặc xóa; hãy chạy lại Kiểm tra.",
    "excel.error.badAddress": "Địa chỉ ô \"{{address}}\" không hợp lệ (cần dạng Sheet!A1).",
    "excel.error.notOwnSheet":
      "Tiện ích chỉ ghi vào các sheet kết quả của mình (KQ Kiểm tra, KQ Xếp hạng, Đề nghị, Nhật ký); không ghi vào sheet \"{{sheet}}\".",
    "excel.error.busy": "Excel đang bận (có thể bạn đang sửa một ô). Hãy nhấn Enter hoặc Esc để thoát chế độ sửa ô rồi thử lại.",
    "excel.error.general": "Excel báo lỗi khi thực hiện thao tác ({{code}}): {{reason}}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ, mở lại rồi thử lại.",
    "excel.unsupported":
      "Phiên bản Excel này chưa hỗ trợ bộ API ExcelApi 1.8 mà tiện ích cần. Hãy dùng Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web.",
    "excel.degrade.rangeAreas":
      "Excel này chưa hỗ trợ ExcelApi 1.9: các ô có vấn đề được tô màu theo từng đoạn cột (chậm hơn, tối đa {{max}} quy tắc mỗi sheet).",
    "excel.highlight.truncated": "Chỉ tô màu {{shown}}/{{total}} ô có vấn đề trong sheet \"{{sheet}}\"; xem đầy đủ trong sheet KQ Kiểm tra.",
    "excel.validation.title": "Giá trị ngoài danh mục",
    "excel.validation.message": "Chọn một giá trị trong danh sách (hoặc gõ đúng mã).",
  },
  en: {
    "excel.loading": "Loading…",
    "excel.error.timeout":
      "Excel did not answer within {{seconds}} seconds. This unfinished action has not changed your data; click \"Retry\" (if it fails again, reload the page or reopen the workbook).",
    "excel.error.retry": "Retry",
    "excel.error.payload":
      "One row of sheet \"{{sheet}}\" is too large for Excel on the web to transfer at once (over 5 MB). Shorten the very long cells of that sheet and retry.",
    "excel.error.sheetNotFound": "Sheet \"{{sheet}}\" was not found in the workbook. It may have been renamed or deleted; run the check again.",
    "excel.error.badAddress": "Cell address \"{{address}}\" is not valid (expected Sheet!A1).",
    "excel.error.notOwnSheet":
      "The add-in writes only to its own output sheets (KQ Kiểm tra, KQ Xếp hạng, Đề nghị, Nhật ký); it does not write to sheet \"{{sheet}}\".",
    "excel.error.busy": "Excel is busy (you may be editing a cell). Press Enter or Esc to leave cell editing and retry.",
    "excel.error.general": "Excel reported an error during the action ({{code}}): {{reason}}. Retry; if it fails again, save the workbook, reopen it and retry.",
    "excel.unsupported":
      "This version of Excel does not support the ExcelApi 1.8 requirement set that the add-in needs. Use Excel 2019 or later, Microsoft 365 or Excel on the web.",
    "excel.degrade.rangeAreas":
      "This Excel does not support ExcelApi 1.9: issue cells are highlighted one column run at a time (slower, at most {{max}} rules per sheet).",
    "excel.highlight.truncated": "Only {{shown}} of {{total}} issue cells of sheet \"{{sheet}}\" are highlighted; the KQ Kiểm tra sheet lists them all.",
    "excel.validation.title": "Value not in the list",
    "excel.validation.message": "Choose a value from the list (or type the code exactly).",
  },
} as const;
