/** The templates (templates/*.json) bundled into the pane; a new template file must be added here too. */
import bao_cao from "../../../../templates/bao-cao.json";
import bien_ban from "../../../../templates/bien-ban.json";
import chuong_trinh from "../../../../templates/chuong-trinh.json";
import cong_dien from "../../../../templates/cong-dien.json";
import cong_van from "../../../../templates/cong-van.json";
import de_an from "../../../../templates/de-an.json";
import giay_gioi_thieu from "../../../../templates/giay-gioi-thieu.json";
import giay_moi from "../../../../templates/giay-moi.json";
import giay_nghi_phep from "../../../../templates/giay-nghi-phep.json";
import huong_dan from "../../../../templates/huong-dan.json";
import ke_hoach from "../../../../templates/ke-hoach.json";
import nghi_quyet from "../../../../templates/nghi-quyet.json";
import quyet_dinh_gian_tiep from "../../../../templates/quyet-dinh-gian-tiep.json";
import quyet_dinh from "../../../../templates/quyet-dinh.json";
import thong_bao from "../../../../templates/thong-bao.json";
import to_trinh from "../../../../templates/to-trinh.json";

export const BUNDLED_TEMPLATES: readonly unknown[] = [
  bao_cao,
  bien_ban,
  chuong_trinh,
  cong_dien,
  cong_van,
  de_an,
  giay_gioi_thieu,
  giay_moi,
  giay_nghi_phep,
  huong_dan,
  ke_hoach,
  nghi_quyet,
  quyet_dinh_gian_tiep,
  quyet_dinh,
  thong_bao,
  to_trinh,
];
