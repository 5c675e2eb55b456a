/* The error line: one quiet sentence under the search bar, never an exception that stops the page. */

import { $ } from './dom.js';
import { isAbort } from './api.js';

export function showError(message) {
  const line = $('error');
  line.textContent = message;
  line.hidden = false;
}

export function clearError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

/** Shows what went wrong, unless the request was aborted because a newer one replaced it. */
export function report(e) {
  if (isAbort(e)) return;
  showError(e && e.message ? e.message : '出现未知错误');
}

/** A script error or an unhandled rejection anywhere on the page shows on the error line too. */
export function catchUncaught() {
  window.addEventListener('error', (e) => showError('页面脚本出错：' + (e.message || '未知错误')));
  window.addEventListener('unhandledrejection', (e) => report(e.reason));
}
