import { describe, expect, it } from 'vitest';
import { isE164 } from '../../../runtime/services/sns/phone';

describe('isE164', () => {
  it.each(['+1', '+14155550100', '+442079460000', '+123456789012345'])(
    'accepts %s',
    (phoneNumber) => {
      expect(isE164(phoneNumber)).toBe(true);
    },
  );

  it.each(['', '+', '14155550100', '+0123', '+1234567890123456', '+1 415', '+1-415', ' +1415'])(
    'rejects %j',
    (phoneNumber) => {
      expect(isE164(phoneNumber)).toBe(false);
    },
  );
});
