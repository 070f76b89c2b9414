/**
 * Tarantella: the catalogue against "What ports does Tarantella use?"
 * (seed 000_a45857cbf3bda30e.txt), row by row.
 */
import { describe, expect, it } from 'vitest';
import { resolvePorts } from '../../src/model/ports';
import { catalogueRows, defaults, isOn, optionDefaults, productCatalogue } from './seed';

const DOC = '000_a45857cbf3bda30e.txt';
const CLIENTS = 'Ports used for connections between client devices and Tarantella servers';
const APPS = 'Ports used for connections between Tarantella servers and application servers';
const BETWEEN = 'Ports used for connections between Tarantella servers';
const NETLET = 'Ports used for Netlet connections to a Tarantella server';

const { catalogue, flows, flow, component } = productCatalogue('tarantella');

const expected = [
  // Ports used for connections between client devices and Tarantella servers
  'client-workstation -> tarantella.web-server tcp 80',
  'client-workstation -> tarantella.web-server tcp 443',
  'client-workstation -> tarantella.server tcp 3144',
  'client-workstation -> tarantella.server tcp 5307 if to.security-pack=true',

  // Ports used for connections between Tarantella servers and application servers
  'tarantella.server -> tarantella.application-server tcp 22 if to.ssh=true',
  'tarantella.server -> tarantella.application-server tcp 23 if to.telnet=true',
  'tarantella.application-server -> tarantella.server udp 137 if to.wins=true',
  'tarantella.server -> nt-login-authority udp 137 if from.nt-login-authority=true',
  'tarantella.application-server -> tarantella.server tcp 139',
  'tarantella.server -> nt-login-authority tcp 139 if from.nt-login-authority=true',
  'tarantella.server -> ldap-directory tcp 389 if from.directory=ldap',
  'tarantella.server -> tarantella.application-server tcp 512 if to.rexec=true',
  'tarantella.server -> tarantella.application-server tcp 513 if to.rlogin=true',
  'tarantella.server -> tarantella.application-server tcp 514 if to.rcmd=true',
  'tarantella.application-server -> tarantella.server tcp 515',
  'tarantella.server -> ldap-directory tcp 636 if from.directory=ldaps',
  'tarantella.server -> tarantella.securid udp 1024-65535 if from.securid=true',
  'tarantella.server -> tarantella.application-server tcp 3389 if to.terminal-services=true',
  'tarantella.server -> tarantella.application-server tcp 3579 if from.primary=true and to.load-balancing=true',
  'tarantella.application-server -> tarantella.server udp 3579 if from.load-balancing=true and to.primary=true',
  'tarantella.securid -> tarantella.server udp 5500 if to.securid=true',
  'tarantella.server -> tarantella.application-server tcp 5999 if to.wincenter=true and to.telnet=true',
  'tarantella.application-server -> tarantella.server tcp 6010 and above (x-display-ports ports)',

  // Ports used for connections between Tarantella servers
  'tarantella.server -> tarantella.server tcp 5427',

  // Ports used for Netlet connections to a Tarantella server
  'tarantella.portal -> tarantella.web-server tcp 80',
  'tarantella.portal -> tarantella.server tcp 3144',
  'client-workstation -> tarantella.netlet tcp 4000, 4000 + 2, ... (one per member: array-members)',
  'client-workstation -> tarantella.netlet tcp 4001, 4001 + 2, ... (one per member: array-members)',
  'tarantella.native-client -> tarantella.netlet tcp 8087',
  'tarantella.portal -> tarantella.server tcp 30144',
];

describe('tarantella catalogue', () => {
  it('has exactly the rows of the document', () => {
    expect(catalogueRows('tarantella')).toEqual([...expected].sort());
  });

  it('covers every row of every table, one flow per row', () => {
    const perSection = (section: string) => flows.filter((f) => f.cite.section === section).length;
    expect(perSection(CLIENTS)).toBe(4);
    expect(perSection(APPS)).toBe(19);
    expect(perSection(BETWEEN)).toBe(1);
    expect(perSection(NETLET)).toBe(6);
    expect(flows).toHaveLength(30);
    expect(flows.every((f) => f.cite.doc === DOC && f.cite.quote)).toBe(true);
  });

  it('resolves the Netlet ports one per array member', () => {
    const netlet = component('tarantella.netlet-applet');
    const login = flow('tarantella.client-to-netlet-4000').ports;
    const apps = flow('tarantella.client-to-netlet-4001').ports;
    expect(resolvePorts(login, defaults(netlet))).toEqual({ ok: true, ranges: [{ from: 4000, to: 4000 }] });
    expect(resolvePorts(apps, defaults(netlet))).toEqual({ ok: true, ranges: [{ from: 4001, to: 4001 }] });
    const three = { ...defaults(netlet), 'array-members': 3 };
    expect(resolvePorts(login, three)).toEqual({
      ok: true,
      ranges: [4000, 4002, 4004].map((p) => ({ from: p, to: p })),
    });
    expect(resolvePorts(apps, three)).toEqual({
      ok: true,
      ranges: [4001, 4003, 4005].map((p) => ({ from: p, to: p })),
    });
  });

  it('resolves 6010/tcp and above from the Tarantella server count', () => {
    const server = component('tarantella.tarantella-host');
    const x = flow('tarantella.app-to-server-6010').ports;
    // Never one port by default: the parameter's documented default is 50 ports (6010-6059).
    expect(resolvePorts(x, defaults(server))).toEqual({ ok: true, ranges: [{ from: 6010, to: 6059 }] });
    expect(resolvePorts(x, { ...defaults(server), 'x-display-ports': 10 })).toEqual({
      ok: true,
      ranges: [{ from: 6010, to: 6019 }],
    });
    const max = server.params.find((p) => p.id === 'x-display-ports')!.max;
    expect(resolvePorts(x, { 'x-display-ports': max })).toEqual({ ok: true, ranges: [{ from: 6010, to: 65535 }] });
  });

  it('resolves the SecurID/ACE range', () => {
    const ace = component('tarantella.securid-ace-server');
    expect(resolvePorts(flow('tarantella.server-to-securid-1024-65535').ports, defaults(ace))).toEqual({
      ok: true,
      ranges: [{ from: 1024, to: 65535 }],
    });
  });

  it('web server and Tarantella server are the same host component', () => {
    expect(catalogue.fillers.get('tarantella.web-server')).toEqual(['tarantella.tarantella-host']);
    expect(catalogue.fillers.get('tarantella.server')).toEqual(['tarantella.tarantella-host']);
  });

  it('opens only the unconditional ports with every option at its default', () => {
    const server = optionDefaults(component('tarantella.tarantella-host'));
    const app = optionDefaults(component('tarantella.application-host'));
    const sideDefaults = (role: string) =>
      role === 'tarantella.server' ? server : role === 'tarantella.application-server' ? app : {};
    const on = flows.filter((f) => isOn(f, sideDefaults(f.from), sideDefaults(f.to))).map((f) => f.id);
    expect(on.sort()).toEqual(
      [
        'tarantella.client-to-web-server-80',
        'tarantella.client-to-web-server-443',
        'tarantella.client-to-server-3144',
        'tarantella.app-to-server-139',
        'tarantella.app-to-server-515',
        'tarantella.app-to-server-6010',
        'tarantella.server-to-server-5427',
        'tarantella.portal-to-web-server-80',
        'tarantella.portal-to-server-3144',
        'tarantella.client-to-netlet-4000',
        'tarantella.client-to-netlet-4001',
        'tarantella.native-client-to-netlet-8087',
        'tarantella.portal-to-server-30144',
      ].sort(),
    );
  });

  it('switches LDAP and LDAPS with one choice, and SecurID both ways with one option', () => {
    const app = optionDefaults(component('tarantella.application-host'));
    const server = optionDefaults(component('tarantella.tarantella-host'));
    const ldap = flow('tarantella.server-to-ldap-389');
    const ldaps = flow('tarantella.server-to-ldap-636');
    expect(isOn(ldap, { ...server, directory: 'ldap' }, {})).toBe(true);
    expect(isOn(ldaps, { ...server, directory: 'ldap' }, {})).toBe(false);
    expect(isOn(ldaps, { ...server, directory: 'ldaps' }, {})).toBe(true);
    expect(isOn(ldap, { ...server, directory: 'ldaps' }, {})).toBe(false);
    const securid = { ...server, securid: true };
    expect(isOn(flow('tarantella.server-to-securid-1024-65535'), securid, {})).toBe(true);
    expect(isOn(flow('tarantella.securid-to-server-5500'), {}, securid)).toBe(true);
    // Wincenter needs the telnet connection method too.
    const wincenter = flow('tarantella.server-to-app-5999');
    expect(isOn(wincenter, server, { ...app, wincenter: true })).toBe(false);
    expect(isOn(wincenter, server, { ...app, wincenter: true, telnet: true })).toBe(true);
  });

  it('notes the empty Notes of every table and the lost list', () => {
    const gaps = catalogue.gaps.filter((g) => g.product === 'tarantella');
    for (const section of [CLIENTS, APPS, BETWEEN, NETLET]) {
      expect(gaps.filter((g) => g.cite.section === section)).toHaveLength(1);
    }
    expect(gaps.some((g) => g.cite.section === 'What ports does Tarantella use?')).toBe(true);
  });
});
