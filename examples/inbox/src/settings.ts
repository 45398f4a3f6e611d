/** The endpoint and key the build was configured with (see ../config.ts). */
import type { InboxSettings } from '../config';

declare const __INBOX_SETTINGS__: InboxSettings;

export const settings: InboxSettings = __INBOX_SETTINGS__;
