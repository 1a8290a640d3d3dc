import { consoleProblem } from '../problems';

export const userNotFound = (id: string) => consoleProblem('USER.NOT_FOUND', { status: 404, detail: `No user with id ${id}.` });
