// The API answers errors as RFC 9457 problem+json in English, naming the wrong fields in `errors`. The console shows
// them in Vietnamese: a summary by status and title, and each field's message translated by its known wording, with
// a plain fallback so that a message the console does not know yet still reads as Vietnamese.

export interface FieldError { field: string; message: string }
export interface Problem {
  type?: string; title?: string; status: number; detail?: string; instance?: string; errors?: FieldError[];
  [key: string]: unknown;
}

/** A translated problem: one sentence for the page, one per wrong field (by the field's path in the request). */
export interface ShownProblem { status: number; summary: string; fields: Record<string, string> }

const FIELD_MESSAGES: Array<[RegExp, string | ((m: RegExpExecArray) => string)]> = [
  [/^required indicator missing$/, 'Chỉ tiêu bắt buộc: hãy nhập giá trị.'],
  [/^required section missing$/, 'Mục bắt buộc: hãy nhập nội dung.'],
  [/^expected a whole number of VND, not a fraction$/, 'Số tiền phải là số đồng nguyên, không có phần lẻ.'],
  [/^expected a whole number, not a fraction$/, 'Phải là số nguyên, không có phần lẻ.'],
  [/^expected a whole number of VND$/, 'Phải là số tiền (đồng).'],
  [/^expected a whole number$/, 'Phải là số nguyên.'],
  [/^expected a number$/, 'Phải là một số.'],
  [/^expected a string$/, 'Phải là văn bản.'],
  [/^expected a number or a string$/, 'Phải là số hoặc văn bản.'],
  [/^must not be negative$/, 'Không được là số âm.'],
  [/^too large$/, 'Số quá lớn.'],
  [/^longer than (\d+) characters$/, (m) => `Dài quá ${Number(m[1]).toLocaleString('vi-VN')} ký tự.`],
  [/^unknown indicator code/, 'Chỉ tiêu này không có trong mẫu báo cáo của kế hoạch.'],
  [/^unknown section code/, 'Mục này không có trong mẫu báo cáo của kế hoạch.'],
  [/^must not be (blank|null|empty)$/, 'Không được để trống.'],
  [/^size must be between (\d+) and (\d+)$/, (m) => `Độ dài phải từ ${m[1]} đến ${m[2]}.`],
  [/^must be a well-formed email address$/, 'Địa chỉ e-mail không hợp lệ.'],
  [/^must be an absolute https URL/, 'Phải là địa chỉ https:// đầy đủ, ví dụ https://ldld-godau.vn/hooks/ldld.'],
  [/^must not contain a user name or password$/, 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu.'],
  [/^must use https/, 'Phải dùng https:// (http:// chỉ dùng được với các máy chủ hệ thống cho phép).'],
  [/^must not point to this server or to an internal network address/,
    'Không được trỏ tới máy chủ của hệ thống hay một địa chỉ mạng nội bộ: hãy nhập địa chỉ công khai của nơi nhận.'],
  [/^names a host that points to this server or to an internal network address/,
    'Tên máy chủ này trỏ tới máy chủ của hệ thống hoặc mạng nội bộ: hãy dùng máy chủ có địa chỉ công khai.'],
  [/^must write an IP address as four decimal numbers/,
    'Địa chỉ IP phải viết bằng bốn số thập phân (ví dụ 14.225.10.20), hoặc dùng tên máy chủ.'],
  [/^has a host that is neither a valid IP address nor a valid name$/, 'Tên máy chủ hoặc địa chỉ IP không hợp lệ.'],
  [/^is not the unit's URL now$/, 'Đơn vị đã đổi địa chỉ webhook: hãy xem lại địa chỉ mới.'],
  [/^must be a unit code such as/, 'Phải là mã đơn vị, ví dụ LDLD-GD.'],
  [/^must be a UUID$/, 'Mã không hợp lệ.'],
  [/^must match "/, 'Không đúng định dạng.'],
  [/^must be greater than or equal to (\d+)$/, (m) => `Phải từ ${m[1]} trở lên.`],
  [/^required when channels contains EMAIL$/, 'Cần có khi chọn nhận qua e-mail.'],
  [/^required when channels contains WEBHOOK$/, 'Cần có khi chọn nhận qua webhook.'],
  [/^the place of issue is required for publication$/, 'Cần có địa danh ban hành để ban hành kế hoạch.'],
  [/^the signer is required for publication$/, 'Cần có người ký để ban hành kế hoạch.'],
  [/^a plan needs at least one phase$/, 'Kế hoạch cần ít nhất một đợt.'],
  [/^at least one recipient must have the role MUST_REPORT$/, 'Cần ít nhất một đơn vị phải báo cáo.'],
  [/^phase number (\d+) is used twice$/, (m) => `Số đợt ${m[1]} bị trùng.`],
  [/^the phase ends before it starts$/, 'Ngày kết thúc trước ngày bắt đầu.'],
  [/^the report deadline must be after the start of the phase$/, 'Hạn báo cáo phải sau ngày bắt đầu đợt.'],
  [/^indicator code (\S+) is used twice$/, (m) => `Mã chỉ tiêu ${m[1]} bị trùng.`],
  [/^section code (\S+) is used twice$/, (m) => `Mã mục ${m[1]} bị trùng.`],
  [/^a unit is assigned twice$/, 'Một đơn vị được giao hai lần.'],
  [/^there is no unit (\S+) in the units directory$/, (m) => `Không có đơn vị ${m[1]} trong danh mục.`],
  [/^unit (\S+) is inactive$/, (m) => `Đơn vị ${m[1]} đã ngừng hoạt động.`],
  [/^the amendment changes nothing$/, 'Bản điều chỉnh chưa thay đổi gì.'],
  [/cannot change$/, 'Không được thay đổi sau khi kế hoạch đã ban hành.'],
  [/cannot be amended$/, 'Không được điều chỉnh sau khi kế hoạch đã ban hành.'],
  [/^phase (\d+) cannot be removed$/, (m) => `Không được bỏ đợt ${m[1]}.`],
  [/^does not match the current version/, 'Dữ liệu đã được người khác thay đổi; hãy tải lại trang.'],
  [/^header required$/, 'Thiếu phiên bản dữ liệu; hãy tải lại trang.'],
  [/^invalid value/, 'Giá trị không hợp lệ.'],
];

const TITLES: Record<string, string> = {
  'Report already submitted': 'Đơn vị đã gửi báo cáo cho đợt này.',
  'Plan not open for reports': 'Kế hoạch không còn nhận báo cáo.',
  'Plan not found': 'Không tìm thấy kế hoạch.',
  'Unit not addressed by the plan': 'Đơn vị không thuộc diện báo cáo của kế hoạch này.',
  'Wrong report status': 'Báo cáo không ở trạng thái cho phép thao tác này.',
  'Stale version': 'Dữ liệu đã được người khác thay đổi; hãy tải lại trang.',
  'Idempotency-Key reused': 'Lần gửi này trùng mã với một lần gửi khác; hãy gửi lại.',
  'Request in progress': 'Lần gửi trước đang được xử lý; chờ một chút rồi thử lại.',
  'Report not found': 'Không tìm thấy báo cáo.',
  'Webhook URL changed': 'Đơn vị vừa đổi địa chỉ webhook: danh sách đã được tải lại, hãy xem lại địa chỉ mới.',
};

const BY_STATUS: Record<number, string> = {
  400: 'Dữ liệu chưa hợp lệ: xem các ô được đánh dấu.',
  401: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại; nội dung đang nhập vẫn được giữ.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu này, hoặc bạn không có quyền xem.',
  409: 'Thao tác không thực hiện được ở trạng thái hiện tại.',
  412: 'Dữ liệu đã được người khác thay đổi; hãy tải lại trang.',
  413: 'Nội dung gửi đi quá lớn.',
  422: 'Yêu cầu không xử lý được.',
  428: 'Thiếu phiên bản dữ liệu; hãy tải lại trang.',
  429: 'Bạn thao tác quá nhanh; hãy thử lại sau ít giây.',
  503: 'Hệ thống đang tạm gián đoạn; hãy thử lại sau ít phút. Nội dung đã nhập vẫn được giữ.',
  504: 'Hệ thống phản hồi chậm; hãy thử lại sau ít phút. Nội dung đã nhập vẫn được giữ.',
};

/** A field message in Vietnamese; an unknown one as a plain "invalid value". */
export function translateFieldMessage(message: string): string {
  for (const [pattern, text] of FIELD_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return typeof text === 'string' ? text : text(match);
  }
  return 'Giá trị không hợp lệ.';
}

/** The whole problem in Vietnamese. */
export function translateProblem(problem: Problem): ShownProblem {
  const fields: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    if (!fields[error.field]) fields[error.field] = translateFieldMessage(error.message);
  }
  const summary = (problem.title && TITLES[problem.title])
    ?? BY_STATUS[problem.status]
    ?? (problem.status >= 500 ? 'Hệ thống gặp lỗi; hãy thử lại sau. Nội dung đã nhập vẫn được giữ.'
      : 'Yêu cầu không thực hiện được.');
  return { status: problem.status, summary, fields };
}

/** When the request never got an answer (no network, server down). */
export const NETWORK_PROBLEM: ShownProblem = {
  status: 0,
  summary: 'Không kết nối được tới máy chủ. Nội dung đã nhập vẫn được giữ; hãy thử lại khi có mạng.',
  fields: {},
};
