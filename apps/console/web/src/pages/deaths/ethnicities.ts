// The 56 ethnic groups as civil-registration takes them (`ethnicity`: a code such as HAN or HUI;
// whether burial is allowed is the service's policy, not the form's). Pure data.

export const ETHNICITIES: ReadonlyArray<{ code: string; label: string }> = [
  ['HAN', '汉族'], ['MONGOL', '蒙古族'], ['HUI', '回族'], ['TIBETAN', '藏族'], ['UYGHUR', '维吾尔族'], ['MIAO', '苗族'], ['YI', '彝族'],
  ['ZHUANG', '壮族'], ['BUYEI', '布依族'], ['KOREAN', '朝鲜族'], ['MANCHU', '满族'], ['DONG', '侗族'], ['YAO', '瑶族'], ['BAI', '白族'],
  ['TUJIA', '土家族'], ['HANI', '哈尼族'], ['KAZAKH', '哈萨克族'], ['DAI', '傣族'], ['LI', '黎族'], ['LISU', '傈僳族'], ['VA', '佤族'],
  ['SHE', '畲族'], ['GAOSHAN', '高山族'], ['LAHU', '拉祜族'], ['SUI', '水族'], ['DONGXIANG', '东乡族'], ['NAXI', '纳西族'], ['JINGPO', '景颇族'],
  ['KYRGYZ', '柯尔克孜族'], ['TU', '土族'], ['DAUR', '达斡尔族'], ['MULAO', '仫佬族'], ['QIANG', '羌族'], ['BLANG', '布朗族'], ['SALAR', '撒拉族'],
  ['MAONAN', '毛南族'], ['GELAO', '仡佬族'], ['XIBE', '锡伯族'], ['ACHANG', '阿昌族'], ['PUMI', '普米族'], ['TAJIK', '塔吉克族'], ['NU', '怒族'],
  ['UZBEK', '乌孜别克族'], ['RUSSIAN', '俄罗斯族'], ['EVENK', '鄂温克族'], ['DEANG', '德昂族'], ['BONAN', '保安族'], ['YUGUR', '裕固族'],
  ['JING', '京族'], ['TATAR', '塔塔尔族'], ['DERUNG', '独龙族'], ['OROQEN', '鄂伦春族'], ['HEZHEN', '赫哲族'], ['MONBA', '门巴族'],
  ['LHOBA', '珞巴族'], ['JINO', '基诺族'],
].map(([code, label]) => ({ code, label }));
