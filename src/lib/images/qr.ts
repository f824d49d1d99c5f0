import QRCode from 'qrcode';

/** A QR code of `url` as inline SVG, drawn at build time (for printed lesson cards). */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}
