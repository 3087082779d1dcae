import { formatMillions } from "../../format.ts";

/** Amount for a finding's message: `10,35 mio. kr.` */
export function mio(amount: number): string {
  return `${formatMillions(amount)} mio. kr.`;
}
