import type { Content } from '../content/read-content.ts';

type Roles = Content['roles'];

/**
 * The role a scaffold names where one role answers for something (a phase's `accountable`, a
 * risk's owner, a meeting's chair): the customer's role required at the kick-off, else any
 * customer role, else the first role. Undefined when the playbook has no roles.
 */
export function leadRole(roles: Roles): Roles[number] | undefined {
  const customer = roles.filter((role) => role.data.side === 'customer');
  return customer.find((role) => role.data.kickoff === 'required') ?? customer[0] ?? roles[0];
}

/** The phases in reading order. */
export const phasesInOrder = (content: Content) => [...content.phases].sort((a, b) => a.data.order - b.data.order);
