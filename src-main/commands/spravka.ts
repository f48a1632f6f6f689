import type { Handlers } from '../core/registry';
import type { createReportService } from '../report/service';
import type { spravkaCommands } from '../shared/commands/spravka';

type DocumentCommand = Exclude<keyof typeof spravkaCommands, 'calendar.quarter' | 'spravka.setStatus'>;

export const spravkaHandlers = (
  service: ReturnType<typeof createReportService>,
): Handlers<DocumentCommand> => ({
  'spravka.text': (q) => service.text(q),
  'spravka.saveText': (q) => service.saveText(q),
  'spravka.history': (q) => service.history(q),
  'spravka.approve': (q) => service.approve(q),
  'spravka.withdraw': (q) => service.withdraw(q),
  'spravka.settings': () => service.settings(),
  'spravka.saveSettings': (s) => service.saveSettings(s),
  'spravka.saveRegistration': (q) => service.saveRegistration(q),
  'report.preview': (q, job) => service.preview(q, job),
  'report.write': (r, job) => service.write(r, job),
  'report.form': (r, job) => service.writeForm(r, job),
  'report.top10': (r, job) => service.writeTop10(r, job),
  'report.plan': (r, job) => service.writePlan(r, job),
  'report.faq': (r, job) => service.writeFaq(r, job),
});
