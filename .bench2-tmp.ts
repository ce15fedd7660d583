import { DateTime } from "luxon";
const N = 50000; let t = performance.now();
for (let i = 0; i < N; i++) { const dt = DateTime.fromObject({ year: 2021, month: 12, day: 8, hour: 17, minute: i % 60 }, { zone: "Asia/Ho_Chi_Minh" }); dt.toISO({ suppressMilliseconds: true }); }
console.log("luxon fromObject+toISO", ((performance.now() - t) * 1000 / N).toFixed(2), "µs");
t = performance.now();
for (let i = 0; i < N; i++) { DateTime.utc(2021, 12, 8).weekday; DateTime.utc(2021, 12, 1).daysInMonth; }
console.log("2x utc", ((performance.now() - t) * 1000 / N).toFixed(2), "µs");
