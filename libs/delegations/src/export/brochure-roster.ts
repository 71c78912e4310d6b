import { ANONYMOUS } from '@crossroads/auth';
import { Project, type ReasonLang } from '@crossroads/coproduction';
import {
  canSee,
  Company,
  currentVerifiedMembership,
  frenchTitle,
  Person,
  TitleForm,
} from '@crossroads/directory';
import { Festival, FestivalEdition } from '@crossroads/festivals';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Delegation } from '../delegation/delegation.entity';
import { MemberKind, MemberStatus } from '../delegation/delegation.enums';
import { DelegationMember } from '../member/delegation-member.entity';
import { companyKindsText, formatsText, personKindsText, projectText, rosterOrder } from './roster-words';

/** One line of the brochure and of the CSV: what an anonymous reader of the directory may see, no more. */
export interface RosterEntry {
  kind: MemberKind;
  name: string;
  role: string;
  organisation: string;
  city: string;
  activities: string;
  website: string;
  description: string;
  /** What the entry is filed under: a person's last name, then first name. */
  sortName?: string;
}

export interface Roster {
  /** The language of the roster's words (kinds, formats, titles, descriptions) and of the documents. */
  lang: ReasonLang;
  delegation: Delegation;
  festival: Festival;
  edition: FestivalEdition;
  entries: RosterEntry[];
}

/**
 * The brochure's content: CONFIRMED members who consented, nobody else. Contact details never appear (the
 * brochure is a public document); a person's website only when they show links to everyone.
 */
@Injectable()
export class BrochureRoster {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(delegation: Delegation, lang: ReasonLang = 'fr'): Promise<Roster> {
    const manager = this.dataSource.manager;
    const edition = await manager.findOneByOrFail(FestivalEdition, { id: delegation.editionId });
    const festival = await manager.findOneByOrFail(Festival, { id: edition.festivalId });
    const members = await manager.findBy(DelegationMember, {
      delegationId: delegation.id,
      status: MemberStatus.CONFIRMED,
      consentBrochure: true,
    });
    const personIds = members.flatMap((m) => (m.personId ? [m.personId] : []));
    const companyIds = members.flatMap((m) => (m.companyId ? [m.companyId] : []));
    const projectIds = members.flatMap((m) => (m.projectId ? [m.projectId] : []));
    const projects = await manager.findBy(Project, { id: In(projectIds) });
    const owners = projects.flatMap((p) => (p.ownerCompanyId ? [p.ownerCompanyId] : []));
    const [people, companies, employers, crafts] = await Promise.all([
      manager.findBy(Person, { id: In(personIds) }),
      manager.findBy(Company, { id: In([...companyIds, ...owners]) }),
      this.employers(personIds),
      this.primaryCrafts(personIds, lang),
    ]);
    const personById = new Map(people.map((p) => [p.id, p]));
    const companyById = new Map(companies.map((c) => [c.id, c]));
    const projectById = new Map(projects.map((p) => [p.id, p]));
    const entries = rosterOrder(
      members.flatMap((member): RosterEntry[] => {
        const person = member.personId ? personById.get(member.personId) : undefined;
        if (person) {
          return [
            {
              kind: MemberKind.PERSON,
              name: `${person.firstName} ${person.lastName}`,
              sortName: `${person.lastName} ${person.firstName}`,
              role: person.headline || personKindsText(person.kinds, person.titleForm, lang),
              organisation: (employers.get(person.id) ?? []).join(', '),
              city: person.city ?? '',
              activities: (crafts.get(person.id) ?? []).join(', '),
              website: canSee(ANONYMOUS, person, 'links') ? (person.website ?? '') : '',
              description:
                (lang === 'en' ? person.bioEn || person.bioFr : person.bioFr || person.bioEn) ?? '',
            },
          ];
        }
        const company = member.companyId ? companyById.get(member.companyId) : undefined;
        if (company) {
          return [
            {
              kind: MemberKind.COMPANY,
              name: company.name,
              role: companyKindsText(company.kinds, lang),
              organisation: company.name,
              city: company.city,
              activities: formatsText(company.formats, lang),
              website: company.website ?? '',
              description:
                lang === 'en'
                  ? company.descriptionEn || company.descriptionFr
                  : company.descriptionFr || company.descriptionEn,
            },
          ];
        }
        const project = member.projectId ? projectById.get(member.projectId) : undefined;
        if (project) {
          const owner = project.ownerCompanyId ? companyById.get(project.ownerCompanyId) : undefined;
          return [
            {
              kind: MemberKind.PROJECT,
              name: project.title,
              role: projectText(project.format, project.stage, lang),
              organisation: owner?.name ?? '',
              city: owner?.city ?? '',
              activities: project.genres.join(', '),
              website: '',
              description: project.logline,
            },
          ];
        }
        return [];
      }),
    );
    return { lang, delegation, festival, edition, entries };
  }

  /** Current employers' names, by person: verified memberships only (a declared one proves nothing). */
  private async employers(personIds: string[]): Promise<Map<string, string[]>> {
    if (!personIds.length) return new Map();
    const rows: { person_id: string; name: string }[] = await this.dataSource.query(
      `SELECT a.person_id, c.name FROM affiliation a JOIN company c ON c.id = a.company_id
       WHERE a.person_id = ANY($1) AND ${currentVerifiedMembership('a')} ORDER BY c.name`,
      [personIds],
    );
    return group(
      rows,
      (row) => row.person_id,
      (row) => row.name,
    );
  }

  /** Crafts' titles, the primary one first: in French in the form each person chose (titleForm), or in English. */
  private async primaryCrafts(personIds: string[], lang: ReasonLang): Promise<Map<string, string[]>> {
    if (!personIds.length) return new Map();
    const rows: {
      person_id: string;
      title_form: TitleForm;
      labelFr: string;
      labelFrFeminine: string | null;
      labelFrInclusive: string | null;
      labelEn: string;
    }[] = await this.dataSource.query(
      `SELECT pc.person_id, p.title_form, c.label_fr AS "labelFr", c.label_fr_feminine AS "labelFrFeminine",
              c.label_fr_inclusive AS "labelFrInclusive", c.label_en AS "labelEn"
         FROM person_craft pc JOIN craft c ON c.slug = pc.craft_slug JOIN person p ON p.id = pc.person_id
        WHERE pc.person_id = ANY($1) ORDER BY pc.is_primary DESC, c.label_fr`,
      [personIds],
    );
    return group(
      rows,
      (row) => row.person_id,
      (row) => (lang === 'en' ? row.labelEn : frenchTitle(row, row.title_form)),
    );
  }
}

function group<T>(rows: T[], key: (row: T) => string, value: (row: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), value(row)]);
  return groups;
}
