// `bottleneck/light.js` is the build @octokit/plugin-throttling and
// @octokit/plugin-retry use (no Redis clustering); the package ships types
// for its main entry only, which describe the same classes.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
