// `@gouvfr/dsfr-chart` ships its web components without types: importing one defines its element
// (`<line-chart>`, `<bar-chart>`) and exports nothing the client uses.
declare module '@gouvfr/dsfr-chart/LineChart';
declare module '@gouvfr/dsfr-chart/BarChart';
