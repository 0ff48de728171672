// Written by scripts/fit-summary.ts (npx tsx scripts/fit-summary.ts --write) from ../shared/data/summaries/*-dev.jsonl
// (fit half of each language; see the script). Do not edit by hand.
export const SUMMARY_MODEL = {
  features: ["bias","first","second","third","invPos","relPos","paraFirst","invPara","logWords","short","long","centrality","centralityRel","simFirst","quote","startQuote","question","digit","caps","colon","firstLogWords","firstCentral","posCentral","firstCaps"] as string[],
  weights: {
    'en': [-2.021,-4.459,-0.732,-0.07,3.078,-0.469,0,0,-0.966,-0.311,-1.036,3.703,1.296,1.788,-0.168,-0.298,0.157,0.345,0.425,-0.151,0.685,-1.128,2.247,1.715],
    '*': [-2.703,-4.476,-1.134,-0.339,4.556,0.005,0.334,0.02,-0.597,-0.172,-0.567,3.696,0.314,1.022,-0.114,-0.32,0.046,0.232,0.641,0.021,0.176,-0.918,2.133,2.073],
  } as Record<string, number[]>,
  budget: {ratio:0.15,min:40,max:60,overshoot:0.75},
};
