// Written by scripts/fit-summary.ts (npx tsx scripts/fit-summary.ts --write) from ../shared/data/summaries/*-dev.jsonl
// (fit half of each language; see the script). Do not edit by hand.
export const SUMMARY_MODEL = {
  features: ["bias","first","second","third","invPos","relPos","paraFirst","invPara","logWords","short","long","centrality","centralityRel","simFirst","quote","startQuote","question","digit","caps","colon","firstLogWords","firstCentral","posCentral","firstCaps","when","opener","density","keywords"] as string[],
  weights: {
    'en': [-2.388,-4.653,-0.825,-0.113,3.261,-0.389,0,0,-0.772,-0.28,-1.011,2.953,0.916,1.455,-0.166,-0.303,0.125,0.323,0.432,-0.158,0.691,-1.322,2.507,1.685,0.045,-0.143,0.361,0.861],
    '*': [-3.061,-4.661,-1.26,-0.382,4.826,0.111,0.321,0.062,-0.427,-0.148,-0.524,3.006,-0.041,0.469,-0.116,-0.32,0.016,0.172,0.671,0.037,0.151,-1.088,2.356,2.107,0.193,-0.082,-0.14,0.958],
  } as Record<string, number[]>,
  budget: {ratio:0.15,min:45,max:60,overshoot:0.5},
};
