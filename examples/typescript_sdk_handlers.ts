// Airflow TypeScript SDK: a DAG declared in TypeScript, its tasks wired by calling them.
import { Dag, getClient } from "apache-airflow-ts-sdk";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dag = new Dag("order_metrics");

const extract = dag.task("extract", async () => {
  const orders = JSON.parse(await readFile("/data/orders.json", "utf8")) as {
    region: string;
    total: number;
  }[];
  const byRegion = new Map<string, number>();
  for (const order of orders) byRegion.set(order.region, (byRegion.get(order.region) ?? 0) + order.total);
  return byRegion;
});

const report = dag.task("report", async ({ totals }: { totals: Record<string, number> }) => {
  const out = join(tmpdir(), "order_report.csv");
  await writeFile(
    out,
    Object.entries(totals)
      .map(([region, total]) => `${region},${total}`)
      .join("\n"),
  );
  await getClient().setXCom({ key: "report_path", value: out });
});

const publish = dag.task("publish", async () => {
  const path = await getClient().getXCom<string>({ key: "report_path", taskId: "report" });
  return { bytes: (await readFile(path!, "utf8")).length };
});

report({ totals: extract() });
publish();
