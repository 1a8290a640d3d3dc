// Who may do what in social assistance, as the services decide it (libs/common/src/auth/roles.ts,
// apps/social-assistance/README.md): recorders register households, take applications and
// record investigations and objections; deciders approve and reject. The menu and the buttons
// follow these; the service still decides every request.
export { DECIDERS, READERS, RECORDERS } from '../../../../../../libs/common/src/auth/roles';
