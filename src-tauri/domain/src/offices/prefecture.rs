//! The 47 prefectures (都道府県), in the order and with the codes of JIS X 0401.
//!
//! The office finder starts from the prefecture of the person's address; nothing finer (a city,
//! a street) is asked, because the law draws the offices' areas by prefecture (法務省組織令
//! 第84条) and an address is more than the finder needs.

use serde::{Deserialize, Serialize};

/// One of the 47 prefectures.
///
/// Over the wire (serde) a prefecture is its stable snake_case romanised name (`"kanagawa"`,
/// `"hokkaido"`), like every other domain enum; its JIS X 0401 code is [`Prefecture::code`]. The
/// variants are declared in JIS order, so `Ord` sorts them as Japanese lists do (north to south).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prefecture {
    /// 北海道 (01).
    Hokkaido,
    /// 青森県 (02).
    Aomori,
    /// 岩手県 (03).
    Iwate,
    /// 宮城県 (04).
    Miyagi,
    /// 秋田県 (05).
    Akita,
    /// 山形県 (06).
    Yamagata,
    /// 福島県 (07).
    Fukushima,
    /// 茨城県 (08).
    Ibaraki,
    /// 栃木県 (09).
    Tochigi,
    /// 群馬県 (10).
    Gunma,
    /// 埼玉県 (11).
    Saitama,
    /// 千葉県 (12).
    Chiba,
    /// 東京都 (13).
    Tokyo,
    /// 神奈川県 (14).
    Kanagawa,
    /// 新潟県 (15).
    Niigata,
    /// 富山県 (16).
    Toyama,
    /// 石川県 (17).
    Ishikawa,
    /// 福井県 (18).
    Fukui,
    /// 山梨県 (19).
    Yamanashi,
    /// 長野県 (20).
    Nagano,
    /// 岐阜県 (21).
    Gifu,
    /// 静岡県 (22).
    Shizuoka,
    /// 愛知県 (23).
    Aichi,
    /// 三重県 (24).
    Mie,
    /// 滋賀県 (25).
    Shiga,
    /// 京都府 (26).
    Kyoto,
    /// 大阪府 (27).
    Osaka,
    /// 兵庫県 (28).
    Hyogo,
    /// 奈良県 (29).
    Nara,
    /// 和歌山県 (30).
    Wakayama,
    /// 鳥取県 (31).
    Tottori,
    /// 島根県 (32).
    Shimane,
    /// 岡山県 (33).
    Okayama,
    /// 広島県 (34).
    Hiroshima,
    /// 山口県 (35).
    Yamaguchi,
    /// 徳島県 (36).
    Tokushima,
    /// 香川県 (37).
    Kagawa,
    /// 愛媛県 (38).
    Ehime,
    /// 高知県 (39).
    Kochi,
    /// 福岡県 (40).
    Fukuoka,
    /// 佐賀県 (41).
    Saga,
    /// 長崎県 (42).
    Nagasaki,
    /// 熊本県 (43).
    Kumamoto,
    /// 大分県 (44).
    Oita,
    /// 宮崎県 (45).
    Miyazaki,
    /// 鹿児島県 (46).
    Kagoshima,
    /// 沖縄県 (47).
    Okinawa,
}

use Prefecture::*;

/// Every prefecture with its Japanese and romanised name, in JIS order: the row's index + 1 is
/// its JIS code. The romanised names are the plain ASCII forms the prefectures use in English
/// (no macrons: "Hyogo", "Kochi", "Oita"), so that a list sorts and searches as typed.
const ROWS: [(Prefecture, &str, &str); 47] = [
    (Hokkaido, "北海道", "Hokkaido"),
    (Aomori, "青森県", "Aomori"),
    (Iwate, "岩手県", "Iwate"),
    (Miyagi, "宮城県", "Miyagi"),
    (Akita, "秋田県", "Akita"),
    (Yamagata, "山形県", "Yamagata"),
    (Fukushima, "福島県", "Fukushima"),
    (Ibaraki, "茨城県", "Ibaraki"),
    (Tochigi, "栃木県", "Tochigi"),
    (Gunma, "群馬県", "Gunma"),
    (Saitama, "埼玉県", "Saitama"),
    (Chiba, "千葉県", "Chiba"),
    (Tokyo, "東京都", "Tokyo"),
    (Kanagawa, "神奈川県", "Kanagawa"),
    (Niigata, "新潟県", "Niigata"),
    (Toyama, "富山県", "Toyama"),
    (Ishikawa, "石川県", "Ishikawa"),
    (Fukui, "福井県", "Fukui"),
    (Yamanashi, "山梨県", "Yamanashi"),
    (Nagano, "長野県", "Nagano"),
    (Gifu, "岐阜県", "Gifu"),
    (Shizuoka, "静岡県", "Shizuoka"),
    (Aichi, "愛知県", "Aichi"),
    (Mie, "三重県", "Mie"),
    (Shiga, "滋賀県", "Shiga"),
    (Kyoto, "京都府", "Kyoto"),
    (Osaka, "大阪府", "Osaka"),
    (Hyogo, "兵庫県", "Hyogo"),
    (Nara, "奈良県", "Nara"),
    (Wakayama, "和歌山県", "Wakayama"),
    (Tottori, "鳥取県", "Tottori"),
    (Shimane, "島根県", "Shimane"),
    (Okayama, "岡山県", "Okayama"),
    (Hiroshima, "広島県", "Hiroshima"),
    (Yamaguchi, "山口県", "Yamaguchi"),
    (Tokushima, "徳島県", "Tokushima"),
    (Kagawa, "香川県", "Kagawa"),
    (Ehime, "愛媛県", "Ehime"),
    (Kochi, "高知県", "Kochi"),
    (Fukuoka, "福岡県", "Fukuoka"),
    (Saga, "佐賀県", "Saga"),
    (Nagasaki, "長崎県", "Nagasaki"),
    (Kumamoto, "熊本県", "Kumamoto"),
    (Oita, "大分県", "Oita"),
    (Miyazaki, "宮崎県", "Miyazaki"),
    (Kagoshima, "鹿児島県", "Kagoshima"),
    (Okinawa, "沖縄県", "Okinawa"),
];

impl Prefecture {
    /// All 47, in JIS order (北海道 first, 沖縄県 last): the list a screen offers.
    pub const ALL: [Prefecture; 47] = {
        let mut all = [Hokkaido; 47];
        let mut i = 0;
        while i < 47 {
            all[i] = ROWS[i].0;
            i += 1;
        }
        all
    };

    /// The JIS X 0401 code, 1 (北海道) to 47 (沖縄県); written with two digits ("01") in JIS.
    pub const fn code(self) -> u8 {
        self as u8 + 1
    }

    /// The prefecture with JIS X 0401 code `code` (1–47).
    pub const fn from_code(code: u8) -> Option<Self> {
        match code {
            1..=47 => Some(ROWS[code as usize - 1].0),
            _ => None,
        }
    }

    /// The official Japanese name with its suffix, as the law writes it: 「神奈川県」, 「東京都」,
    /// 「北海道」.
    pub const fn name_ja(self) -> &'static str {
        ROWS[self as usize].1
    }

    /// The romanised name for a list in any language: "Kanagawa", "Tokyo".
    pub const fn name_en(self) -> &'static str {
        ROWS[self as usize].2
    }

    /// The prefecture whose Japanese name is exactly `name` (「兵庫県」; not 「兵庫」).
    pub fn from_name_ja(name: &str) -> Option<Self> {
        ROWS.iter().find(|row| row.1 == name).map(|row| row.0)
    }

    /// The prefecture an address in Japan starts with, as addresses are written
    /// (「神奈川県横浜市…」); `None` when it does not start with one (a city alone, a romanised
    /// address): the person then chooses it from the list.
    pub fn in_address(address: &str) -> Option<Self> {
        let address = address.trim_start();
        ROWS.iter()
            .find(|row| address.starts_with(row.1))
            .map(|row| row.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_jis_order() {
        for (i, (prefecture, _, _)) in ROWS.iter().enumerate() {
            assert_eq!(*prefecture as usize, i, "{prefecture:?} out of place");
            assert_eq!(Prefecture::ALL[i], *prefecture);
        }
        assert_eq!(Prefecture::from_code(14), Some(Kanagawa));
        assert_eq!(Kanagawa.name_ja(), "神奈川県");
        assert_eq!(Kanagawa.name_en(), "Kanagawa");
        assert_eq!(Prefecture::from_code(0), None);
        assert_eq!(Prefecture::from_code(48), None);
    }

    #[test]
    fn an_address_names_its_prefecture_first() {
        assert_eq!(
            Prefecture::in_address(" 東京都新宿区西新宿2-8-1"),
            Some(Tokyo)
        );
        assert_eq!(Prefecture::in_address("京都府京都市"), Some(Kyoto));
        assert_eq!(Prefecture::in_address("北海道札幌市"), Some(Hokkaido));
        assert_eq!(Prefecture::in_address("横浜市中区"), None);
        assert_eq!(Prefecture::in_address("Shinjuku, Tokyo"), None);
    }
}
