// Vietnamese names of the API's codes.
import type { PlanStatus, ReportStatus, UnitKind, WebhookStatus } from '../api/types';

export const PLAN_STATUS: Record<PlanStatus, string> = {
  DRAFT: 'Dự thảo', PUBLISHED: 'Đã ban hành', CLOSED: 'Đã kết thúc', CANCELLED: 'Đã hủy',
};
export const PLAN_STATUS_COLOR: Record<PlanStatus, string> = { DRAFT: 'gray', PUBLISHED: 'green', CLOSED: 'blue', CANCELLED: 'red' };

export const REPORT_STATUS: Record<ReportStatus, string> = {
  SUBMITTED: 'Đã gửi, chờ duyệt', RETURNED: 'Trả lại để sửa', RESUBMITTED: 'Đã gửi lại, chờ duyệt', ACCEPTED: 'Đã duyệt',
};
export const REPORT_STATUS_COLOR: Record<ReportStatus, string> = {
  SUBMITTED: 'blue', RETURNED: 'orange', RESUBMITTED: 'blue', ACCEPTED: 'green',
};

export const UNIT_PROGRESS: Record<string, string> = {
  MISSING: 'Chưa báo cáo', OVERDUE: 'Quá hạn, chưa báo cáo', SUBMITTED: 'Đã gửi', RESUBMITTED: 'Đã gửi lại',
  RETURNED: 'Trả lại', ACCEPTED: 'Đã duyệt',
};
export const UNIT_PROGRESS_COLOR: Record<string, string> = {
  MISSING: 'gray', OVERDUE: 'red', SUBMITTED: 'blue', RESUBMITTED: 'blue', RETURNED: 'orange', ACCEPTED: 'green',
};

export const UNIT_KIND: Record<UnitKind, string> = {
  PROVINCIAL_FEDERATION: 'LĐLĐ tỉnh', DISTRICT_FEDERATION: 'LĐLĐ huyện/thị xã/thành phố', SECTOR_UNION: 'Công đoàn ngành',
  GRASSROOTS_UNION: 'Công đoàn cơ sở', PARTNER_AGENCY: 'Cơ quan phối hợp',
};

export const INDICATOR_TYPE = { COUNT: 'Số đếm', DECIMAL: 'Số thập phân', MONEY_VND: 'Số tiền (đồng)', TEXT: 'Văn bản' } as const;

export const CHANGE_KIND: Record<string, string> = {
  DEADLINE_CHANGED: 'Đổi hạn báo cáo', PHASE_ADDED: 'Thêm đợt', RECIPIENT_ADDED: 'Thêm nơi nhận',
  RECIPIENT_REMOVED: 'Bỏ nơi nhận', TEXT_CORRECTED: 'Sửa nội dung',
};

export const WEBHOOK_STATUS: Record<WebhookStatus, string> = {
  NONE: 'Chưa có', PENDING_APPROVAL: 'Chờ duyệt', APPROVED: 'Đã duyệt',
};
export const WEBHOOK_STATUS_COLOR: Record<WebhookStatus, string> = { NONE: 'gray', PENDING_APPROVAL: 'yellow', APPROVED: 'green' };
