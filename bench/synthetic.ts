/**
 * Deterministic synthetic raw articles for the benchmark: varied date styles,
 * sources, tags and lengths, spread over ten years. Our own word list.
 */
const WORDS = (
  "thành phố người dân dự án giao thông kinh tế xã hội tăng trưởng doanh nghiệp thị trường giáo dục học sinh " +
  "bệnh viện y tế nông dân mùa vụ lúa gạo xuất khẩu cảng biển đường sắt du lịch văn hóa lễ hội bóng đá đội tuyển " +
  "huấn luyện viên trận đấu khán giả mưa bão lũ lụt cứu hộ chính quyền địa phương ngân sách công trình cầu đường " +
  "nhà máy điện năng lượng mặt trời môi trường rừng phòng cháy công nghệ khởi nghiệp sinh viên thư viện bảo tàng"
).split(" ");
const SOURCES = ["Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân trí", "CAND", "TTXVN", "Lao Động", "Nhân Dân", "VietNamNet", "Zing"];
const TAGS = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Da Nang", "giao thông", "Giáo dục", "y tế", "bóng đá", "kinh tế", "thời tiết", "môi trường", "du lịch", "công nghệ", "văn hóa", "nông nghiệp", "Ẩm thực", "an ninh", "đời sống"];
const WEEKDAYS = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

export function syntheticArticle(i: number): { name: string; text: string } {
  const r = rng(i + 1);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, () => pick(WORDS));
    return w[0]!.charAt(0).toUpperCase() + w.slice(1).join(" ").replace(/^/, w[0]!.slice(1) + " ") + ".";
  };
  // Wall time in Hà Nội, spread over 2014–2023.
  const t = Date.UTC(2014, 0, 1) + Math.floor(r() * 10 * 365 * 86400) * 1000;
  const d = new Date(t);
  const dd = pad(d.getUTCDate()), mm = pad(d.getUTCMonth() + 1), yyyy = d.getUTCFullYear(), hh = pad(d.getUTCHours()), mi = pad(d.getUTCMinutes());
  const wd = WEEKDAYS[d.getUTCDay()]!;
  const styles = [
    `${wd}, ${dd}/${mm}/${yyyy} ${hh}:${mi}`,
    `${wd}, ${Number(dd)}/${Number(mm)}/${yyyy}, ${hh}:${mi} (GMT+7)`,
    `${wd}, ${dd}/${mm}/${yyyy} - ${hh}:${mi}`,
    `${dd}/${mm}/${yyyy} ${hh}:${mi} GMT+7`,
    `${dd}/${mm}/${yyyy} ${hh}:${mi}`,
    `${wd}, ${dd}-${mm}-${yyyy}, ${hh}:${mi}`,
  ];
  const title = `${sentence(6 + Math.floor(r() * 6)).slice(0, -1)} (${i})`;
  const paragraphs = Array.from({ length: 4 + Math.floor(r() * 8) }, () => Array.from({ length: 2 + Math.floor(r() * 4) }, () => sentence(10 + Math.floor(r() * 15))).join(" "));
  const tags = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(TAGS)))];
  const lines = [title, "", styles[i % styles.length]!, "", ...paragraphs.flatMap((p) => [p, ""]), `Từ khóa: ${tags.join(", ")}`, "", `Theo ${pick(SOURCES)}`];
  return { name: `${yyyy}/${mm}/bai-${i}.txt`, text: lines.join("\n") };
}
