// Written by scripts/fit-summary.ts (npx tsx scripts/fit-summary.ts --write) from ../shared/data/summaries/*-dev.jsonl
// (fit half of each language; see the script). Do not edit by hand.
export const SUMMARY_MODEL = {
  features: ["bias","first","second","third","invPos","relPos","paraFirst","invPara","logWords","short","long","centrality","centralityRel","simFirst","quote","startQuote","question","digit","caps","colon","firstLogWords","firstCentral","posCentral","firstCaps","when","opener","density","keywords"] as string[],
  weights: {
    'en': [-1.791,-4.01,-0.765,-0.094,2.824,-0.495,0,0,-0.752,-0.271,-1.069,2.282,1.298,1.184,-0.184,-0.274,0.011,0.307,0.441,-0.192,0.541,-1.081,2.301,1.292,0.074,-0.107,0.657,0.811],
    '*': [-2.295,-4.107,-1.149,-0.344,4.255,-0.01,0.306,0.048,-0.364,-0.13,-0.517,1.792,0.373,0.598,-0.126,-0.318,0.006,0.178,0.746,0.021,0.054,-0.788,2.114,1.739,0.19,-0.075,0.544,0.937],
  } as Record<string, number[]>,
  novelty: {
    'en': 0.274,
    '*': 0.384,
  } as Record<string, number>,
  budget: {ratio:0.15,min:45,max:60,overshoot:0.5},
};
