import { inKeyOrder, requestLoader } from '@continuum/server/platform';
import DataLoader from 'dataloader';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsService } from './organizations.service';

/** The organisations of a page of users, in one query. */
export function organizationLoader(
  req: object,
  service: OrganizationsService,
): DataLoader<string, OrganizationEntity> {
  return requestLoader<string, OrganizationEntity>(req, 'organization.byId', async (ids) => {
    const rows = await service.byIds(ids);
    return inKeyOrder(
      ids,
      rows,
      (row) => row.id,
      new Error('organisation manquante'),
    ) as OrganizationEntity[];
  });
}
