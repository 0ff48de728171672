// Written by scripts/fit-summary.ts (npx tsx scripts/fit-summary.ts --write) from ../shared/data/summaries/*-dev.jsonl
// (fit half of each language; see the script). Do not edit by hand.
export const SUMMARY_MODEL = {
  features: ["bias","first","second","third","invPos","relPos","paraFirst","invPara","logWords","short","long","centrality","centralityRel","simFirst","quote","startQuote","question","digit","caps","colon","firstLogWords","firstCentral","posCentral","firstCaps","when","opener"] as string[],
  weights: {
    'en': [-1.989,-4.444,-0.746,-0.072,3.097,-0.467,0,0,-0.963,-0.315,-1.035,3.674,1.27,1.768,-0.166,-0.293,0.147,0.339,0.393,-0.152,0.672,-1.13,2.244,1.705,0.039,-0.148],
    '*': [-2.654,-4.459,-1.157,-0.351,5.621,0.01,0.319,0.031,-0.612,-0.18,-0.563,3.619,0.325,0.97,-0.111,-0.31,0.047,0.197,0.604,0.033,0.145,-0.879,2.07,2.1,0.196,-0.084],
  } as Record<string, number[]>,
  budget: {ratio:0.15,min:45,max:60,overshoot:0.5},
};
