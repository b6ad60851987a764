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
});
