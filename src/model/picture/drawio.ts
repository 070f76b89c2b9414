/**
 * The design as a draw.io diagram (`.drawio`, uncompressed mxfile XML), to
 * go on editing in the diagram tool a company already uses: zones are
 * swimlane containers holding their components, components are shapes whose
 * label and data attributes carry their details (product, type, host, IP),
 * edges connect the shapes and carry their port labels. Positions are the
 * canvas's. Structure as documented for mxfile: mxfile > diagram >
 * mxGraphModel > root > mxCell (ids 0 and 1 first), user data in <object>.
 */
import type { Catalogue } from '../catalogue/load';
import type { DerivedFlow } from '../derive';
import type { Design } from '../design/schema';
import { ZONE_STYLES, edgeStyle } from '../theme';
import { placeBoxes, type PictureScope } from './boxes';
import { picturePairs } from './pairs';
import { cleanText, xmlText } from './text';

const n = (value: number) => String(Math.round(value));
/** An attribute value that may hold line breaks: XML turns a literal newline in an attribute into a space. */
const attr = (lines: readonly string[]) => lines.map(xmlText).join('&#xa;');

export function designToDrawio(
  design: Design,
  catalogue: Catalogue,
  flows: readonly DerivedFlow[],
  scope: PictureScope = { kind: 'design' },
): string {
  const { zones, components } = placeBoxes(design, catalogue, scope);
  const zoneOf = new Map(design.components.map((c) => [c.id, c.zone]));
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  const instanceById = new Map(design.components.map((c) => [c.id, c]));
  const drawn = new Set(components.map((c) => c.id));
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];

  for (const zone of zones) {
    const look = ZONE_STYLES[zone.kind];
    const style = `swimlane;startSize=28;rounded=1;arcSize=4;container=1;collapsible=0;dashed=1;fillColor=${look.border};swimlaneFillColor=#ffffff;strokeColor=${look.border};fontStyle=1;align=left;spacingLeft=10;html=0;`;
    const label = [zone.name, zone.kind, zone.cidr].filter(Boolean).join(' · ');
    cells.push(
      `<object id="zone-${xmlText(zone.id)}" label="${attr([label])}" portolanZone="${xmlText(zone.id)}" kind="${zone.kind}"${zone.cidr ? ` cidr="${xmlText(zone.cidr)}"` : ''}>` +
        `<mxCell style="${style}" vertex="1" parent="1"><mxGeometry x="${n(zone.x)}" y="${n(zone.y)}" width="${n(zone.width)}" height="${n(zone.height)}" as="geometry"/></mxCell></object>`,
    );
  }
  for (const box of components) {
    const instance = instanceById.get(box.id)!;
    const zone = zoneOf.get(box.id);
    const parent = zone && zoneById.get(zone);
    const x = parent ? box.x - parent.x : box.x;
    const y = parent ? box.y - parent.y : box.y;
    const lines = [
      `[${box.tag}] ${box.name}`,
      ...(box.typeLine ? [box.typeLine] : []),
      ...[instance.host, instance.ip].filter((v): v is string => !!v?.trim()).map((v) => cleanText(v).trim()),
    ];
    const style = `rounded=1;arcSize=6;whiteSpace=wrap;html=0;align=left;verticalAlign=top;spacingLeft=8;spacingTop=2;fillColor=#ffffff;strokeColor=${box.colour};strokeWidth=2;`;
    const details = [
      ` portolanComponent="${xmlText(box.id)}"`,
      ` type="${xmlText(instance.type)}"`,
      ` product="${xmlText(box.product)}"`,
      instance.host ? ` host="${xmlText(instance.host)}"` : '',
      instance.ip ? ` ip="${xmlText(instance.ip)}"` : '',
    ].join('');
    cells.push(
      `<object id="component-${xmlText(box.id)}" label="${attr(lines)}"${details}>` +
        `<mxCell style="${style}" vertex="1" parent="${parent ? `zone-${xmlText(parent.id)}` : '1'}"><mxGeometry x="${n(x)}" y="${n(y)}" width="${n(box.width)}" height="${n(Math.max(box.height, 16 * lines.length + 10))}" as="geometry"/></mxCell></object>`,
    );
  }
  picturePairs(flows)
    .filter((p) => drawn.has(p.from) && drawn.has(p.to) && p.from !== p.to)
    .forEach((pair, i) => {
      const look = edgeStyle(pair);
      const style = [
        'edgeStyle=orthogonalEdgeStyle;rounded=1;curved=1;html=0;endArrow=block;endFill=1;labelBackgroundColor=#ffffff;fontSize=10;fontFamily=Courier New;',
        `strokeColor=${look.stroke};strokeWidth=${look.width};`,
        look.dash ? `dashed=1;dashPattern=${look.dash};` : '',
        look.opacity < 1 ? `opacity=${Math.round(look.opacity * 100)};textOpacity=${Math.round(look.opacity * 100)};` : '',
      ].join('');
      cells.push(
        `<mxCell id="edge-${i + 1}" value="${attr([pair.label])}" style="${style}" edge="1" parent="1" source="component-${xmlText(pair.from)}" target="component-${xmlText(pair.to)}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
      );
    });

  const title = cleanText(design.meta.title) || 'Portolan design';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Portolan" agent="Portolan" type="device">',
    `<diagram id="portolan" name="${xmlText(title.slice(0, 120))}">`,
    '<mxGraphModel dx="1200" dy="800" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="1600" pageHeight="1200" math="0" shadow="0">',
    '<root>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
