// The services answer problems in Chinese too (Accept-Language), so the catalogue lives with them.
export * from '../../../../../libs/common/src/http/problem-messages/problems.zh-CN';
