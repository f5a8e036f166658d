-- Coded lists that cases choose from, with an English and a Chinese label per item. Codes are stored
-- in cases as strings, so they never change and items are never deleted: an item no longer wanted is
-- retired (no longer offered, still read). Administrators add items; the seeds follow the Palermo
-- Protocol (acts, means, purposes), CTDC's means of control and resolution 11/5.

CREATE TABLE reference_item (
    list     varchar(32)  NOT NULL,
    code     varchar(64)  NOT NULL,
    label_en varchar(200) NOT NULL,
    label_zh varchar(200) NOT NULL,
    position integer      NOT NULL,
    retired  boolean      NOT NULL DEFAULT false,
    -- Recruitment channels only: the channel is online (ICT-facilitated recruitment, op. 9(d)).
    online   boolean      NOT NULL DEFAULT false,
    version  bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (list, code),
    CONSTRAINT reference_item_code_format CHECK (code ~ '^[A-Z0-9_]{2,64}$'),
    CONSTRAINT reference_item_labels_not_blank CHECK (length(trim(label_en)) > 0 AND length(trim(label_zh)) > 0),
    CONSTRAINT reference_item_online_channels_only CHECK (NOT online OR list = 'RECRUITMENT_CHANNELS')
);

GRANT SELECT, INSERT, UPDATE ON reference_item TO ${app_role};

INSERT INTO reference_item (list, code, label_en, label_zh, position, online) VALUES
    ('ACTS', 'RECRUITMENT', 'Recruitment', '招募', 1, false),
    ('ACTS', 'TRANSPORTATION', 'Transportation', '运送', 2, false),
    ('ACTS', 'TRANSFER', 'Transfer', '转移', 3, false),
    ('ACTS', 'HARBOURING', 'Harbouring', '窝藏', 4, false),
    ('ACTS', 'RECEIPT', 'Receipt', '接收', 5, false);

INSERT INTO reference_item (list, code, label_en, label_zh, position, online) VALUES
    ('MEANS', 'THREAT', 'Threat of force', '以暴力相威胁', 1, false),
    ('MEANS', 'USE_OF_FORCE', 'Use of force', '使用暴力', 2, false),
    ('MEANS', 'OTHER_COERCION', 'Other forms of coercion', '其他形式的胁迫', 3, false),
    ('MEANS', 'ABDUCTION', 'Abduction', '诱拐', 4, false),
    ('MEANS', 'FRAUD', 'Fraud', '欺诈', 5, false),
    ('MEANS', 'DECEPTION', 'Deception', '欺骗', 6, false),
    ('MEANS', 'ABUSE_OF_POWER', 'Abuse of power', '滥用权力', 7, false),
    ('MEANS', 'ABUSE_OF_VULNERABILITY', 'Abuse of a position of vulnerability', '滥用脆弱境况', 8, false),
    ('MEANS', 'PAYMENTS_OR_BENEFITS', 'Giving or receiving payments or benefits to a person in control', '向控制者授受酬金或利益', 9, false);

INSERT INTO reference_item (list, code, label_en, label_zh, position, online) VALUES
    ('EXPLOITATION_FORMS', 'SEXUAL_EXPLOITATION', 'Prostitution of others or other sexual exploitation', '利用他人卖淫或其他形式的性剥削', 1, false),
    ('EXPLOITATION_FORMS', 'FORCED_LABOUR', 'Forced labour or services', '强迫劳动或服务', 2, false),
    ('EXPLOITATION_FORMS', 'SLAVERY_OR_SIMILAR', 'Slavery or practices similar to slavery', '奴役或类似奴役的做法', 3, false),
    ('EXPLOITATION_FORMS', 'SERVITUDE', 'Servitude', '劳役', 4, false),
    ('EXPLOITATION_FORMS', 'ORGAN_REMOVAL', 'Removal of organs', '切除器官', 5, false),
    ('EXPLOITATION_FORMS', 'FORCED_CRIMINALITY', 'Forced criminality (for example in online scam compounds)', '强迫犯罪（例如在网络诈骗园区）', 6, false),
    ('EXPLOITATION_FORMS', 'FORCED_MARRIAGE', 'Forced marriage', '强迫婚姻', 7, false),
    ('EXPLOITATION_FORMS', 'FORCED_BEGGING', 'Forced begging', '强迫乞讨', 8, false),
    ('EXPLOITATION_FORMS', 'CHILD_SOLDIERING', 'Use of children by armed forces or groups', '武装部队或武装团体利用儿童', 9, false),
    ('EXPLOITATION_FORMS', 'OTHER', 'Other', '其他', 10, false);

INSERT INTO reference_item (list, code, label_en, label_zh, position, online) VALUES
    ('CONTROL_MEANS', 'DEBT_BONDAGE', 'Debt bondage', '债务奴役', 1, false),
    ('CONTROL_MEANS', 'TAKES_EARNINGS', 'Takes earnings', '侵占收入', 2, false),
    ('CONTROL_MEANS', 'RESTRICTS_FINANCIAL_ACCESS', 'Restricts access to money', '限制使用钱财', 3, false),
    ('CONTROL_MEANS', 'THREATS', 'Threats', '威胁', 4, false),
    ('CONTROL_MEANS', 'THREATS_TO_FAMILY', 'Threats to family', '威胁家人', 5, false),
    ('CONTROL_MEANS', 'THREAT_OF_LAW_ENFORCEMENT', 'Threat of reporting to the police or immigration', '威胁向警方或移民部门举报', 6, false),
    ('CONTROL_MEANS', 'PSYCHOLOGICAL_ABUSE', 'Psychological abuse', '心理虐待', 7, false),
    ('CONTROL_MEANS', 'PHYSICAL_ABUSE', 'Physical abuse', '身体虐待', 8, false),
    ('CONTROL_MEANS', 'SEXUAL_ABUSE', 'Sexual abuse', '性虐待', 9, false),
    ('CONTROL_MEANS', 'FALSE_PROMISES', 'False promises', '虚假承诺', 10, false),
    ('CONTROL_MEANS', 'PSYCHOACTIVE_SUBSTANCES', 'Forced or induced use of psychoactive substances', '强迫或诱使使用精神活性物质', 11, false),
    ('CONTROL_MEANS', 'RESTRICTS_MOVEMENT', 'Restricts movement', '限制行动自由', 12, false),
    ('CONTROL_MEANS', 'RESTRICTS_MEDICAL_CARE', 'Restricts medical care', '限制就医', 13, false),
    ('CONTROL_MEANS', 'EXCESSIVE_WORKING_HOURS', 'Excessive working hours', '工作时间过长', 14, false),
    ('CONTROL_MEANS', 'USES_CHILDREN', 'Uses children', '利用儿童', 15, false),
    ('CONTROL_MEANS', 'WITHHOLDS_NECESSITIES', 'Withholds necessities', '克扣生活必需品', 16, false),
    ('CONTROL_MEANS', 'WITHHOLDS_DOCUMENTS', 'Withholds documents', '扣押证件', 17, false),
    ('CONTROL_MEANS', 'OTHER', 'Other', '其他', 18, false);

INSERT INTO reference_item (list, code, label_en, label_zh, position, online) VALUES
    ('SECTORS', 'AGRICULTURE', 'Agriculture', '农业', 1, false),
    ('SECTORS', 'CONSTRUCTION', 'Construction', '建筑业', 2, false),
    ('SECTORS', 'DOMESTIC_WORK', 'Domestic work', '家政工作', 3, false),
    ('SECTORS', 'FISHING', 'Fishing and aquaculture', '渔业和水产养殖', 4, false),
    ('SECTORS', 'HOSPITALITY', 'Hospitality', '酒店和餐饮业', 5, false),
    ('SECTORS', 'MANUFACTURING', 'Manufacturing', '制造业', 6, false),
    ('SECTORS', 'MINING', 'Mining or drilling', '采矿或钻探', 7, false),
    ('SECTORS', 'SEX_INDUSTRY', 'Sex industry', '色情业', 8, false),
    ('SECTORS', 'BEGGING', 'Begging', '乞讨', 9, false),
    ('SECTORS', 'ONLINE_SCAM_OPERATIONS', 'Online scam operations', '网络诈骗', 10, false),
    ('SECTORS', 'CARE_WORK', 'Care work', '护理工作', 11, false),
    ('SECTORS', 'TRANSPORT', 'Transport', '运输业', 12, false),
    ('SECTORS', 'OTHER', 'Other', '其他', 13, false);

INSERT INTO reference_item (list, code, label_en, label_zh, position, online) VALUES
    ('RECRUITMENT_CHANNELS', 'IN_PERSON', 'In person', '当面接触', 1, false),
    ('RECRUITMENT_CHANNELS', 'ONLINE_ADVERTISEMENT', 'Online advertisement', '网络广告', 2, true),
    ('RECRUITMENT_CHANNELS', 'SOCIAL_MEDIA', 'Social media', '社交媒体', 3, true),
    ('RECRUITMENT_CHANNELS', 'MESSAGING_APP', 'Messaging app', '即时通讯应用', 4, true),
    ('RECRUITMENT_CHANNELS', 'JOB_PORTAL', 'Job portal', '招聘网站', 5, true),
    ('RECRUITMENT_CHANNELS', 'DATING_APP', 'Dating app or site', '交友应用或网站', 6, true),
    ('RECRUITMENT_CHANNELS', 'RECRUITMENT_AGENCY', 'Recruitment agency', '职业中介机构', 7, false),
    ('RECRUITMENT_CHANNELS', 'FAMILY_OR_ACQUAINTANCE', 'Family member or acquaintance', '家人或熟人', 8, false),
    ('RECRUITMENT_CHANNELS', 'INTIMATE_PARTNER', 'Intimate partner', '亲密伴侣', 9, false),
    ('RECRUITMENT_CHANNELS', 'OTHER', 'Other', '其他', 10, false);

INSERT INTO reference_item (list, code, label_en, label_zh, position, online) VALUES
    ('VULNERABILITY_FACTORS', 'POVERTY', 'Poverty', '贫困', 1, false),
    ('VULNERABILITY_FACTORS', 'UNDERDEVELOPMENT', 'Underdevelopment', '发展不足', 2, false),
    ('VULNERABILITY_FACTORS', 'IRREGULAR_MIGRATION', 'Irregular migration', '非正规移民', 3, false),
    ('VULNERABILITY_FACTORS', 'STATELESSNESS', 'Statelessness', '无国籍', 4, false),
    ('VULNERABILITY_FACTORS', 'UNEMPLOYMENT', 'Unemployment', '失业', 5, false),
    ('VULNERABILITY_FACTORS', 'INEQUALITY', 'Inequality', '不平等', 6, false),
    ('VULNERABILITY_FACTORS', 'GENDER_INEQUALITY', 'Gender inequality', '性别不平等', 7, false),
    ('VULNERABILITY_FACTORS', 'SEXUAL_EXPLOITATION_OR_GENDER_BASED_VIOLENCE', 'Sexual exploitation or gender-based violence', '性剥削或基于性别的暴力', 8, false),
    ('VULNERABILITY_FACTORS', 'DISCRIMINATION', 'Discrimination', '歧视', 9, false),
    ('VULNERABILITY_FACTORS', 'DISABILITY', 'Disability', '残障', 10, false),
    ('VULNERABILITY_FACTORS', 'SOCIAL_AND_ECONOMIC_EXCLUSION', 'Social and economic exclusion', '社会和经济排斥', 11, false),
    ('VULNERABILITY_FACTORS', 'MARGINALISATION', 'Marginalisation', '边缘化', 12, false),
    ('VULNERABILITY_FACTORS', 'CORRUPTION', 'Corruption', '腐败', 13, false),
    ('VULNERABILITY_FACTORS', 'PERSECUTION', 'Persecution', '迫害', 14, false),
    ('VULNERABILITY_FACTORS', 'HUMANITARIAN_EMERGENCY', 'Humanitarian emergency', '人道主义紧急情况', 15, false),
    ('VULNERABILITY_FACTORS', 'ARMED_CONFLICT', 'Armed conflict', '武装冲突', 16, false),
    ('VULNERABILITY_FACTORS', 'NATURAL_DISASTER', 'Natural disaster', '自然灾害', 17, false),
    ('VULNERABILITY_FACTORS', 'OTHER', 'Other', '其他', 18, false);
