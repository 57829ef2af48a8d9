// Command-line options the benchmarks share: `--name N` as a number, or the fallback.
export const numberArg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
