/**
 * onMessageSent: runs once, when a client subscribes. Which messages reach
 * the subscriber is decided by @aws_subscribe's argument filter.
 */
export function request() {
  return {};
}

export function response() {
  return null;
}
