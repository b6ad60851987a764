import { describe, expect, it } from 'vitest';
import { translateFieldMessage, translateProblem } from './problems';

describe('problem+json in Vietnamese', () => {
  it('translates the report checks field by field, keeping the field paths the form uses', () => {
    const shown = translateProblem({
      type: 'about:blank', title: 'Invalid request', status: 400, detail: '2 invalid fields',
      errors: [
        { field: 'values.PROPAGANDA_SESSIONS', message: 'expected a whole number, not a fraction' },
        { field: 'values.FUNDS_MOBILIZED_VND', message: 'must not be negative' },
        { field: 'narrative.RESULTS', message: 'required section missing' },
      ],
    });
    expect(shown.summary).toBe('Dữ liệu chưa hợp lệ: xem các ô được đánh dấu.');
    expect(shown.fields).toEqual({
      'values.PROPAGANDA_SESSIONS': 'Phải là số nguyên, không có phần lẻ.',
      'values.FUNDS_MOBILIZED_VND': 'Không được là số âm.',
      'narrative.RESULTS': 'Mục bắt buộc: hãy nhập nội dung.',
    });
  });

  it('says what a title means before falling back to the status', () => {
    expect(translateProblem({ status: 409, title: 'Report already submitted' }).summary)
      .toBe('Đơn vị đã gửi báo cáo cho đợt này.');
    expect(translateProblem({ status: 409, title: 'Something new' }).summary)
      .toBe('Thao tác không thực hiện được ở trạng thái hiện tại.');
    expect(translateProblem({ status: 502 }).summary).toContain('Hệ thống gặp lỗi');
  });

  it('keeps numbers of a message and falls back to plain Vietnamese for an unknown one', () => {
    expect(translateFieldMessage('longer than 20000 characters')).toBe('Dài quá 20.000 ký tự.');
    expect(translateFieldMessage('phase number 2 is used twice')).toBe('Số đợt 2 bị trùng.');
    expect(translateFieldMessage('a brand new rule of the server')).toBe('Giá trị không hợp lệ.');
  });

  it('says in Vietnamese why a webhook address is refused, whichever rule refused it', () => {
    const shown = translateProblem({
      status: 400, title: 'Invalid request',
      errors: [{ field: 'webhookUrl', message: 'must not point to this server or to an internal network address (loopback, '
        + 'private, link-local or cloud metadata): give the public address of your receiver' }],
    });
    expect(shown.fields.webhookUrl).toContain('mạng nội bộ');
    for (const message of [
      'must be an absolute https URL, such as https://ldld-godau.vn/hooks/ldld',
      'must not contain a user name or password',
      'must use https: plain http is allowed only to the hosts this platform lists',
      'names a host that points to this server or to an internal network address: give a host with a public address',
      'must write an IP address as four decimal numbers (such as 14.225.10.20), or use a host name',
      'has a host that is neither a valid IP address nor a valid name',
      "is not the unit's URL now",
    ]) {
      expect(translateFieldMessage(message), message).not.toBe('Giá trị không hợp lệ.');
    }
    expect(translateProblem({ status: 409, title: 'Webhook URL changed' }).summary).toContain('đổi địa chỉ webhook');
  });
});
