import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPersonIcs } from '../../lib/export/person-ics.ts';
import { lang, siteData } from '../../site/site-data.ts';

/** Each team member's calendar of a plan (`/plaene/ID/kalender/PERSON.ics`). */
export const getStaticPaths: GetStaticPaths = async () => {
  const { plans } = await siteData();
  return plans.flatMap((plan) => plan.data.team.map((person) => ({ params: { id: plan.id, person: person.id } })));
};

export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const plan = data.plans.find((entry) => entry.id === params.id)!;
  const schedule = data.schedules.get(plan.id)!;
  const body = formatPersonIcs(schedule, plan.data, params.person as string, { title: plan.data.title, lang });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
