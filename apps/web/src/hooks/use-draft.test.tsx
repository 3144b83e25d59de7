import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimDrafts, clearAllDrafts, readDraft, writeDraft } from '@/lib/draft-storage';
import { useDraft } from './use-draft';

interface ActivityDraft extends Record<string, unknown> {
  title: string;
  participants: number;
  categories: string[];
  communeId: number | null;
}

const EMPTY: ActivityDraft = { title: '', participants: 0, categories: [], communeId: null };

function ActivityForm({ onSubmitted }: { onSubmitted?: () => void }) {
  const draft = useDraft('activity:new', EMPTY);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        draft.clear();
        onSubmitted?.();
      }}
    >
      {draft.restored ? <p>Đã khôi phục nội dung nhập dở</p> : null}
      <label>
        Tên hoạt động
        <input value={draft.values.title} onChange={(e) => draft.setField('title', e.currentTarget.value)} />
      </label>
      <label>
        Số người tham gia
        <input
          type="number"
          value={draft.values.participants}
          onChange={(e) => draft.setField('participants', Number(e.currentTarget.value))}
        />
      </label>
      <button type="submit">Lưu</button>
    </form>
  );
}

describe('useDraft', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves as the user types, once typing pauses', () => {
    render(<ActivityForm />);
    fireEvent.change(screen.getByLabelText('Tên hoạt động'), { target: { value: 'Tặng quà' } });
    fireEvent.change(screen.getByLabelText('Tên hoạt động'), { target: { value: 'Tặng quà Tết' } });
    expect(readDraft('activity:new')).toBeUndefined();

    act(() => vi.advanceTimersByTime(400));
    expect(readDraft('activity:new')).toEqual({ ...EMPTY, title: 'Tặng quà Tết' });
  });

  it('gives the values back after an unmount and remount, such as a trip to the login page', () => {
    const first = render(<ActivityForm />);
    fireEvent.change(screen.getByLabelText('Tên hoạt động'), { target: { value: 'Làm đường bê tông' } });
    fireEvent.change(screen.getByLabelText('Số người tham gia'), { target: { value: '45' } });
    // Unmounted before the debounce ran: the last keystrokes are written anyway.
    first.unmount();

    render(<ActivityForm />);
    expect(screen.getByLabelText('Tên hoạt động')).toHaveValue('Làm đường bê tông');
    expect(screen.getByLabelText('Số người tham gia')).toHaveValue(45);
    expect(screen.getByText('Đã khôi phục nội dung nhập dở')).toBeInTheDocument();
  });

  it('forgets the draft after a successful submit', () => {
    const first = render(<ActivityForm />);
    fireEvent.change(screen.getByLabelText('Tên hoạt động'), { target: { value: 'Trồng cây' } });
    act(() => vi.advanceTimersByTime(400));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    first.unmount();

    expect(readDraft('activity:new')).toBeUndefined();
    render(<ActivityForm />);
    expect(screen.getByLabelText('Tên hoạt động')).toHaveValue('');
    expect(screen.queryByText('Đã khôi phục nội dung nhập dở')).not.toBeInTheDocument();
  });

  it('saves on pagehide, so a reload keeps the last keystrokes', () => {
    render(<ActivityForm />);
    fireEvent.change(screen.getByLabelText('Tên hoạt động'), { target: { value: 'Phun khử trùng' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(readDraft('activity:new')).toMatchObject({ title: 'Phun khử trùng' });
  });

  it('takes back only known fields of the expected kind from a stored draft', () => {
    writeDraft('activity:new', { title: 'Cũ', participants: 'nhiều', categories: ['tang_qua'], communeId: 7, x: 1 });
    render(<ActivityForm />);
    expect(screen.getByLabelText('Tên hoạt động')).toHaveValue('Cũ');
    expect(screen.getByLabelText('Số người tham gia')).toHaveValue(0);
  });

  it('ignores a stored draft that is not an object', () => {
    window.sessionStorage.setItem('danvan:draft:activity:new', '"rác"');
    render(<ActivityForm />);
    expect(screen.getByLabelText('Tên hoạt động')).toHaveValue('');
  });
});

describe('draft storage', () => {
  it('clears every draft on sign-out, and hands drafts only to the account that left them', () => {
    claimDrafts(2);
    writeDraft('activity:new', { title: 'Của người 2' });
    claimDrafts(2);
    expect(readDraft('activity:new')).toEqual({ title: 'Của người 2' });
    claimDrafts(5);
    expect(readDraft('activity:new')).toBeUndefined();

    writeDraft('activity:new', { title: 'Của người 5' });
    window.sessionStorage.setItem('khac', 'giữ');
    clearAllDrafts();
    expect(readDraft('activity:new')).toBeUndefined();
    expect(window.sessionStorage.getItem('khac')).toBe('giữ');
  });
});
