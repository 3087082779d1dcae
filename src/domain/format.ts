/** The one way udsyn writes amounts, numbers and dates for people: Danish conventions via Intl. */
const kroner = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });

export function formatKroner(amount: number): string {
  return `${kroner.format(amount)} kr.`;
}

/** Millions with a fixed number of decimals and the Danish decimal comma, e.g. `85,35`. */
export function formatMillions(amount: number, decimals = 2): string {
  return new Intl.NumberFormat("da-DK", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(amount / 1_000_000);
}

/** `1,1 mio. kr.` */
export function formatMillionsKroner(amount: number, decimals = 1): string {
  return `${formatMillions(amount, decimals)} mio. kr.`;
}

export function formatNumber(value: number, decimals = 0): string {
  return new Intl.NumberFormat("da-DK", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/** ISO date (YYYY-MM-DD) to Danish long form, e.g. `21. december 2009`. */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat("da-DK", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
