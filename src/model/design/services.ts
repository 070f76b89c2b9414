/**
 * The listener-only services a component type offers: its own and those of
 * the roles it fills. A user-drawn flow names one by key, `owner#id`, where
 * the owner is the component type or the role that declares it.
 */
import type { Catalogue } from '../catalogue/load';
import type { Service } from '../catalogue/schema';

export interface OfferedService {
  key: string;
  service: Service;
  product: string;
}

export function servicesOf(catalogue: Catalogue, typeId: string): OfferedService[] {
  const type = catalogue.components.get(typeId);
  if (!type) return [];
  return [
    ...type.services.map((service) => ({ key: `${type.id}#${service.id}`, service, product: type.product })),
    ...type.roles.flatMap((roleId) => {
      const role = catalogue.roles.get(roleId);
      return role ? role.services.map((service) => ({ key: `${role.id}#${service.id}`, service, product: role.product })) : [];
    }),
  ];
}

export function serviceOf(catalogue: Catalogue, typeId: string, key: string): OfferedService | undefined {
  return servicesOf(catalogue, typeId).find((s) => s.key === key);
}
