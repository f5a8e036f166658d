-- Means of control may be online too (ICT-facilitated control, resolution 11/5 op. 9(d)), as recruitment
-- channels are: the flag is allowed on both lists, and five ICT-facilitated means are added, online. Other
-- stays last.

ALTER TABLE reference_item DROP CONSTRAINT reference_item_online_channels_only;
ALTER TABLE reference_item ADD CONSTRAINT reference_item_online_channels_and_means_only
    CHECK (NOT online OR list IN ('RECRUITMENT_CHANNELS', 'CONTROL_MEANS'));

UPDATE reference_item SET position = 24 WHERE list = 'CONTROL_MEANS' AND code = 'OTHER';

INSERT INTO reference_item (list, code, position, online) VALUES
    ('CONTROL_MEANS', 'PHONE_MONITORING', 19, true),
    ('CONTROL_MEANS', 'CONTROLS_ONLINE_ACCOUNTS', 20, true),
    ('CONTROL_MEANS', 'THREATS_TO_PUBLISH_IMAGES', 21, true),
    ('CONTROL_MEANS', 'LOCATION_TRACKING', 22, true),
    ('CONTROL_MEANS', 'PAYMENT_THROUGH_APPS', 23, true);

INSERT INTO reference_item_label (list, code, language, label) VALUES
    ('CONTROL_MEANS', 'PHONE_MONITORING', 'en', 'Monitoring through the phone'),
    ('CONTROL_MEANS', 'PHONE_MONITORING', 'zh', '通过手机监控'),
    ('CONTROL_MEANS', 'PHONE_MONITORING', 'ar', 'المراقبة عبر الهاتف'),
    ('CONTROL_MEANS', 'PHONE_MONITORING', 'fr', 'Surveillance par le téléphone'),
    ('CONTROL_MEANS', 'PHONE_MONITORING', 'ru', 'Слежка через телефон'),
    ('CONTROL_MEANS', 'PHONE_MONITORING', 'es', 'Vigilancia a través del teléfono'),
    ('CONTROL_MEANS', 'CONTROLS_ONLINE_ACCOUNTS', 'en', 'Control of the person''s online accounts'),
    ('CONTROL_MEANS', 'CONTROLS_ONLINE_ACCOUNTS', 'zh', '控制本人的网络账户'),
    ('CONTROL_MEANS', 'CONTROLS_ONLINE_ACCOUNTS', 'ar', 'السيطرة على حسابات الشخص على الإنترنت'),
    ('CONTROL_MEANS', 'CONTROLS_ONLINE_ACCOUNTS', 'fr', 'Contrôle des comptes en ligne de la personne'),
    ('CONTROL_MEANS', 'CONTROLS_ONLINE_ACCOUNTS', 'ru', 'Контроль над учётными записями человека в интернете'),
    ('CONTROL_MEANS', 'CONTROLS_ONLINE_ACCOUNTS', 'es', 'Control de las cuentas en línea de la persona'),
    ('CONTROL_MEANS', 'THREATS_TO_PUBLISH_IMAGES', 'en', 'Threats to publish images'),
    ('CONTROL_MEANS', 'THREATS_TO_PUBLISH_IMAGES', 'zh', '威胁公开图像'),
    ('CONTROL_MEANS', 'THREATS_TO_PUBLISH_IMAGES', 'ar', 'التهديد بنشر الصور'),
    ('CONTROL_MEANS', 'THREATS_TO_PUBLISH_IMAGES', 'fr', 'Menaces de publier des images'),
    ('CONTROL_MEANS', 'THREATS_TO_PUBLISH_IMAGES', 'ru', 'Угрозы опубликовать изображения'),
    ('CONTROL_MEANS', 'THREATS_TO_PUBLISH_IMAGES', 'es', 'Amenazas de publicar imágenes'),
    ('CONTROL_MEANS', 'LOCATION_TRACKING', 'en', 'Location tracking'),
    ('CONTROL_MEANS', 'LOCATION_TRACKING', 'zh', '位置追踪'),
    ('CONTROL_MEANS', 'LOCATION_TRACKING', 'ar', 'تتبع الموقع'),
    ('CONTROL_MEANS', 'LOCATION_TRACKING', 'fr', 'Suivi de la localisation'),
    ('CONTROL_MEANS', 'LOCATION_TRACKING', 'ru', 'Отслеживание местоположения'),
    ('CONTROL_MEANS', 'LOCATION_TRACKING', 'es', 'Rastreo de la ubicación'),
    ('CONTROL_MEANS', 'PAYMENT_THROUGH_APPS', 'en', 'Payment through apps'),
    ('CONTROL_MEANS', 'PAYMENT_THROUGH_APPS', 'zh', '通过应用程序付款'),
    ('CONTROL_MEANS', 'PAYMENT_THROUGH_APPS', 'ar', 'الدفع عبر التطبيقات'),
    ('CONTROL_MEANS', 'PAYMENT_THROUGH_APPS', 'fr', 'Paiements par des applications'),
    ('CONTROL_MEANS', 'PAYMENT_THROUGH_APPS', 'ru', 'Оплата через приложения'),
    ('CONTROL_MEANS', 'PAYMENT_THROUGH_APPS', 'es', 'Pagos a través de aplicaciones');
