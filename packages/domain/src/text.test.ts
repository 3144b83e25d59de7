import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, matchesVietnamese, normalizeText, vietnameseSortKey } from './text.js';

const nfd = (s: string) => s.normalize('NFD');

describe('normalizeText', () => {
  it('returns NFC and trims', () => {
    const input = `  ${nfd('Xã Tân Lập')}\n`;
    expect(input).not.toBe('Xã Tân Lập');
    expect(normalizeText(input)).toBe('Xã Tân Lập');
    expect(normalizeText(input).length).toBe('Xã Tân Lập'.length);
  });
});

describe('foldVietnamese', () => {
  it('drops diacritics and case', () => {
    expect(foldVietnamese('Hà Giang')).toBe('ha giang');
    expect(foldVietnamese('HÀ GIANG')).toBe('ha giang');
    expect(foldVietnamese('Nghĩa Lộ')).toBe('nghia lo');
    expect(foldVietnamese('Thủy lợi và phòng, chống thiên tai')).toBe('thuy loi va phong, chong thien tai');
    expect(foldVietnamese('ưu tiên người nghèo')).toBe('uu tien nguoi ngheo');
  });

  it('folds đ and Đ to d', () => {
    expect(foldVietnamese('Đ')).toBe('d');
    expect(foldVietnamese('đ')).toBe('d');
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('Đảng ủy Khối')).toBe('dang uy khoi');
  });

  it('gives the same key for NFD and NFC input', () => {
    const nfc = 'Hà Giang'.normalize('NFC');
    const decomposed = nfd('Hà Giang');
    expect(decomposed).not.toBe(nfc);
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(nfd('Xã Đồng Hỷ'))).toBe('xa dong hy');
  });

  it('collapses runs of white space and trims', () => {
    expect(foldVietnamese('  Hà \t  Giang\n')).toBe('ha giang');
  });
});

describe('matchesVietnamese', () => {
  it('finds text without diacritics, case or normal form', () => {
    expect(matchesVietnamese('Xã Tân Lập', 'tan lap')).toBe(true);
    expect(matchesVietnamese('Xã Tân Lập', 'TÂN LẬP')).toBe(true);
    expect(matchesVietnamese('Xã Tân Lập', nfd('tân lập'))).toBe(true);
    expect(matchesVietnamese(nfd('Xã Tân Lập'), 'Tân Lập')).toBe(true);
    expect(matchesVietnamese('Tỉnh Hà Giang', 'Ha Giang')).toBe(true);
    expect(matchesVietnamese('Đảng bộ Kho bạc Nhà nước tỉnh', 'kho bac')).toBe(true);
  });

  it('does not match different words', () => {
    expect(matchesVietnamese('Xã Tân Lập', 'tan lam')).toBe(false);
    expect(matchesVietnamese('Xã Tân Lập', 'lap tan')).toBe(false);
  });

  it('an empty needle matches everything', () => {
    expect(matchesVietnamese('Xã Tân Lập', '')).toBe(true);
  });
});

describe('compareVietnamese', () => {
  it('sorts in Vietnamese alphabetical order (a ă â … d đ e … o ô ơ … u ư)', () => {
    const names = [
      'Xã Yên Bình',
      'Xã Ơn Sơn',
      'Xã Ân Thi',
      'Xã Ô Lâu',
      'Xã Ea Kar',
      'Xã Đông Sơn',
      'Xã Ăn Mày',
      'Xã An Phú',
      'Xã Dương Hoà',
      'xã bản Mế',
      'Xã Ưng Hoà',
      'Xã Uy Nỗ',
    ];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Xã An Phú',
      'Xã Ăn Mày',
      'Xã Ân Thi',
      'xã bản Mế',
      'Xã Dương Hoà',
      'Xã Đông Sơn',
      'Xã Ea Kar',
      'Xã Ô Lâu',
      'Xã Ơn Sơn',
      'Xã Uy Nỗ',
      'Xã Ưng Hoà',
      'Xã Yên Bình',
    ]);
  });

  it('puts đ after every d word and before e', () => {
    expect(compareVietnamese('Dương', 'Đa')).toBeLessThan(0);
    expect(compareVietnamese('Đồng', 'Ea')).toBeLessThan(0);
  });

  it('orders numbers by value and ignores case', () => {
    expect(compareVietnamese('Thôn 2', 'Thôn 10')).toBeLessThan(0);
    expect(compareVietnamese('xã tân lập', 'Xã Tân Lập')).toBe(0);
  });
});

describe('vietnameseSortKey', () => {
  const sample = [
    'An',
    'Ăn',
    'Ân',
    'Ba',
    'Bà',
    'Bả',
    'Bã',
    'Bá',
    'Bạ',
    'Da',
    'Dạ',
    'Đa',
    'Đảng bộ Cục Thuế',
    'On',
    'Ôn',
    'Ơn',
    'Ua',
    'Ủa',
    'Ưa',
    'xa tan',
    'Xã Tân An',
    'Xã Tân Lạc',
    'Xã Tân Lập',
    'Thôn 2',
    'Thôn 10',
    'Thôn 1',
    'Chi bộ Ban Tổ chức Tỉnh ủy',
    'Chi bộ Sở Y tế',
    'Đảng bộ Ngân hàng Nông nghiệp',
    'Xã Nà Phặc',
    'Xã Nà Pặc',
    'Huyện Ba Bể',
    'Huyện Bạch Thông',
    'Yên',
    'Ý Yên',
    'Zê',
    'Wa',
    'Fa',
    'Ja',
    'Gia',
    'Giã',
  ];

  it('sorts a list the way Intl.Collator("vi") does', () => {
    const byKey = [...sample].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
    for (let i = 1; i < byKey.length; i++) {
      expect(compareVietnamese(byKey[i - 1]!, byKey[i]!)).toBeLessThanOrEqual(0);
    }
  });

  it('never contradicts compareVietnamese on any pair', () => {
    for (const a of sample) {
      for (const b of sample) {
        const c = compareVietnamese(a, b);
        const ka = vietnameseSortKey(a);
        const kb = vietnameseSortKey(b);
        if (c < 0) expect(ka < kb, `${a} < ${b}`).toBe(true);
        if (c > 0) expect(ka > kb, `${a} > ${b}`).toBe(true);
      }
    }
  });

  it('orders tones none, huyền, hỏi, ngã, sắc, nặng and ignores case and normal form', () => {
    const tones = ['ba', 'bà', 'bả', 'bã', 'bá', 'bạ'];
    expect([...tones].reverse().sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1))).toEqual(tones);
    expect(vietnameseSortKey('XÃ TÂN LẬP')).toBe(vietnameseSortKey('xã tân lập'.normalize('NFD')));
  });
});
