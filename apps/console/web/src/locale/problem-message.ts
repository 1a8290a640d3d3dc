// The services pick the same message for an Accept-Language: zh request, so the rule lives with them.
export * from '../../../../../libs/common/src/http/problem-messages/problem-message';
