import type { APIRoute, GetStaticPaths } from 'astro';
import type { PlanExport } from '../../integration/routes.ts';
import { formatScheduleCsv } from '../../lib/export/schedule-csv.ts';
import { formatScheduleIcs } from '../../lib/export/schedule-ics.ts';
import { formatScheduleXlsx } from '../../lib/export/schedule-xlsx.ts';
import { formatScheduleMspdi } from '../../lib/export/schedule-mspdi.ts';
import { formatScheduleJson } from '../../lib/export/schedule-json.ts';
import { toTaskJuggler } from '../../lib/export/schedule-tjp.ts';
import { ganttDiagram } from '../../lib/diagram/gantt.ts';
import { lang, siteData } from '../../site/site-data.ts';

type Format = PlanExport;

const CONTENT_TYPES: Record<Format, string> = {
  ics: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  mmd: 'text/plain; charset=utf-8',
  tjp: 'text/plain; charset=utf-8',
};

/** Static paths and the endpoint for one export format of every plan (`/plaene/ID.ics`, …). */
export function planExport(format: Format): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const { plans } = await siteData();
      return plans.map((plan) => ({ params: { id: plan.id } }));
    },
    GET: async ({ params }) => {
      const data = await siteData();
      const plan = data.plans.find((entry) => entry.id === params.id)!;
      const schedule = data.schedules.get(plan.id)!;
      const roleTitles = new Map([...data.role.values()].map((role) => [role.id, role.data.title]));
      const body = {
        ics: () => formatScheduleIcs(schedule, { title: plan.data.title, lang }),
        csv: () => formatScheduleCsv(schedule),
        xlsx: () => formatScheduleXlsx(schedule, plan.data, { title: plan.data.title, lang, phaseTitles: data.phaseTitles, roleTitles }),
        xml: () => formatScheduleMspdi(schedule, plan.data, { title: plan.data.title, lang, phaseTitles: data.phaseTitles }),
        json: () => formatScheduleJson(schedule),
        mmd: () => ganttDiagram(schedule, { title: plan.data.title, lang, phaseTitles: data.phaseTitles }).source,
        tjp: () => toTaskJuggler(plan.data),
      }[format]();
      return new Response(await body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
    },
  };
}
