/**
 * News outlets whose names stand in reports as sources, not as speakers or news: in datelines
 * ("/TASS/", "(Xinhua)") and as a source tag ("…, Xinhua said").
 */
export const NEWS_OUTLETS = [
  ...['Xinhua', 'China Daily', 'TASS', 'RIA Novosti', 'Sputnik', 'CGTN', 'Global Times', 'Interfax', 'CCTV', 'RT'],
  ...['Reuters', 'AP', 'AFP', 'Kyodo', 'Dawn', 'AKIpress', 'Bloomberg'],
];
