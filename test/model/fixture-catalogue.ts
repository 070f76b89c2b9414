/** A small catalogue written for the derivation tests, independent of the vendor files. */
import { loadCatalogue } from '../../src/model/catalogue/load';

const cite = (section: string) => ({ doc: '000_a45857cbf3bda30e.txt', section });

export const fixtureCatalogue = loadCatalogue([
  {
    name: 'fixture.json',
    data: {
      product: {
        id: 'demo',
        name: 'Demo',
        vendor: 'Demo Inc.',
        tag: 'DM',
        colour: '#123456',
        documents: [{ doc: '000_a45857cbf3bda30e.txt', title: 'Demo' }],
      },
      roles: [
        { id: 'demo.client', name: 'Client' },
        { id: 'demo.server', name: 'Server' },
        {
          id: 'demo.carbon',
          name: 'Carbon',
          services: [
            { id: 'ldap', protocols: ['tcp'], ports: { kind: 'ports', ports: [10389] }, purpose: 'Embedded LDAP', cite: cite('Carbon') },
          ],
        },
        { id: 'demo.db', name: 'Database' },
      ],
      components: [
        { id: 'demo.client-type', name: 'Client', roles: ['demo.client'], kind: 'client' },
        {
          id: 'demo.server-type',
          name: 'Server',
          roles: ['demo.server', 'demo.carbon'],
          kind: 'server',
          options: [
            { id: 'secure', type: 'boolean', label: 'Secure mode', default: false },
            {
              id: 'dir',
              type: 'choice',
              label: 'Directory',
              default: 'ldap',
              choices: [
                { value: 'ldap', label: 'LDAP' },
                { value: 'ldaps', label: 'LDAPS' },
              ],
            },
          ],
          params: [
            { id: 'port', label: 'Listen port', default: 4000, min: 1, max: 65534 },
            { id: 'members', label: 'Members', default: 1, min: 1, max: 64 },
            { id: 'offset', label: 'Port offset', default: 0, min: 0, max: 65535 },
          ],
          portOffsetParam: 'offset',
          services: [
            { id: 'admin', protocols: ['tcp'], ports: { kind: 'ports', ports: [9443] }, purpose: 'Admin console', cite: cite('Admin') },
          ],
        },
        { id: 'demo.db-type', name: 'Database', roles: ['demo.db'], kind: 'database' },
      ],
      flows: [
        {
          id: 'demo.display',
          from: 'demo.client',
          to: 'demo.server',
          protocols: ['tcp'],
          ports: { kind: 'ports', ports: [3144] },
          purpose: 'Display',
          cite: cite('Display'),
        },
        {
          id: 'demo.secure',
          from: 'demo.client',
          to: 'demo.server',
          protocols: ['tcp'],
          ports: { kind: 'ports', ports: [5307] },
          purpose: 'Secure display',
          when: [{ side: 'to', option: 'secure', is: true }],
          cite: cite('Display'),
        },
        {
          id: 'demo.switch',
          from: 'demo.client',
          to: 'demo.server',
          protocols: ['tcp'],
          ports: { kind: 'ports', ports: [{ param: 'port' }] },
          purpose: 'Switch',
          cite: cite('Switch'),
        },
        {
          id: 'demo.poke',
          from: 'demo.db',
          to: 'demo.server',
          protocols: ['tcp'],
          ports: { kind: 'ports', ports: [{ param: 'port', add: 1 }] },
          purpose: 'Poke',
          cite: cite('Switch'),
        },
        {
          id: 'demo.members',
          from: 'demo.client',
          to: 'demo.server',
          protocols: ['tcp'],
          ports: { kind: 'perMember', first: 7000, step: 2, countParam: 'members' },
          purpose: 'Per member',
          cite: cite('Members'),
        },
        {
          id: 'demo.dns',
          from: 'demo.server',
          to: 'demo.db',
          protocols: ['tcp', 'udp'],
          ports: { kind: 'ports', ports: [53] },
          purpose: 'Both protocols',
          cite: cite('DNS'),
        },
        {
          id: 'demo.peer',
          from: 'demo.server',
          to: 'demo.server',
          protocols: ['tcp'],
          ports: { kind: 'ports', ports: [5427] },
          purpose: 'Replication',
          cite: cite('Peers'),
        },
        {
          id: 'demo.engine',
          from: 'demo.server',
          to: 'demo.db',
          protocols: ['tcp'],
          ports: { kind: 'range', from: 61000, to: 62000 },
          purpose: 'Engines',
          firewall: false,
          cite: cite('Engines'),
        },
        {
          id: 'demo.varies',
          from: 'demo.server',
          to: 'demo.db',
          protocols: ['tcp'],
          ports: { kind: 'unspecified', note: 'Varies' },
          purpose: 'Connectors',
          cite: cite('Connectors'),
        },
      ],
    },
  },
]);
