/** The popup's offer on an article page that links its PDF: read it in Glossa's reader. Render only. */
export interface PdfOfferProps {
  label: string;
  help: string;
  onRead: () => void;
}

export function PdfOffer(props: PdfOfferProps) {
  return (
    <p class="pdf-offer">
      <button type="button" data-glossa-read-pdf="" aria-describedby="pdf-offer-help" onClick={props.onRead}>
        {props.label}
      </button>{' '}
      <span id="pdf-offer-help" class="pdf-offer-help">
        {props.help}
      </span>
    </p>
  );
}
