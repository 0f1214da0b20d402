-- Case numbers of created assessments come from a sequence: no scan of the register for the highest number, and two
-- creates at once never get the same one. It starts after the highest case number already in the register; a bulk
-- load that writes case numbers itself moves it on afterwards (DemoRegister).
CREATE SEQUENCE case_number START WITH 100000;
ALTER SEQUENCE case_number RESTART WITH (SELECT COALESCE(MAX(CAST(case_id AS BIGINT)), 99999) + 1 FROM assessment);
