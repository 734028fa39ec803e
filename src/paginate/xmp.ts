// The XMP metadata packet (ISO 16684-1) of the booklet's PDFs: what the document information says, in
// the same words (dc:title, dc:creator, dc:language, the dates), and the standards the file claims:
// PDF/UA-1 for the tagged screen PDF (pdfuaid:part), PDF/X-4 for the press PDF (pdfxid).
import type { PdfMetadata } from './pdf-metadata.js';

export interface XmpClaims {
  /** xmpMM:DocumentID and InstanceID (uuid:…). Default none. */
  documentId?: string;
  /** The PDF/X version (GTS_PDFXVersion). Default none. */
  pdfx?: string;
  /** The file meets PDF/UA-1. Default false. */
  pdfua?: boolean;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XMP packet for `meta`, with `claims`. */
export function xmpPacket(meta: PdfMetadata, claims: XmpClaims = {}): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ...(claims.pdfx ? ['  xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"'] : []),
    ...(claims.pdfua ? ['  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'] : []),
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    ...(claims.pdfx ? [`<pdfxid:GTS_PDFXVersion>${claims.pdfx}</pdfxid:GTS_PDFXVersion>`] : []),
    ...(claims.pdfua ? ['<pdfuaid:part>1</pdfuaid:part>'] : []),
    `<pdf:Producer>${xml(meta.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xml(meta.keywords.join(' '))}</pdf:Keywords>`,
    ...(claims.pdfx ? ['<pdf:Trapped>False</pdf:Trapped>'] : []),
    `<xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    ...(claims.documentId
      ? [`<xmpMM:DocumentID>${claims.documentId}</xmpMM:DocumentID>`, `<xmpMM:InstanceID>${claims.documentId}</xmpMM:InstanceID>`, '<xmpMM:VersionID>1</xmpMM:VersionID>', '<xmpMM:RenditionClass>default</xmpMM:RenditionClass>']
      : []),
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
