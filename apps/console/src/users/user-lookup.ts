import type { EntityManager } from 'typeorm';
import { ConsoleUser } from './user.entity';

/** The user with this username in any case, or null. */
export function findUserByUsername(manager: EntityManager, username: string): Promise<ConsoleUser | null> {
  return manager.createQueryBuilder(ConsoleUser, 'u').where('lower(u.username) = lower(:username)', { username }).getOne();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user with this id, or null (also for an id that is not a UUID). */
export function findUserById(manager: EntityManager, id: string): Promise<ConsoleUser | null> {
  if (!UUID.test(id)) return Promise.resolve(null);
  return manager.findOneBy(ConsoleUser, { id });
}

/** The same, row-locked until the caller's transaction ends. */
export function findUserForUpdate(manager: EntityManager, id: string): Promise<ConsoleUser | null> {
  if (!UUID.test(id)) return Promise.resolve(null);
  return manager.findOne(ConsoleUser, { where: { id }, lock: { mode: 'pessimistic_write' } });
}
