// Asset imports resolved by Vite at build time.
declare module '*?url' {
  const url: string;
  export default url;
}
