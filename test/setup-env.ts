// Tests never reach real AWS or GitHub: credentials are dummies, and any
// client a test forgets to point at the emulator fails fast on a bad host.
process.env.AWS_ACCESS_KEY_ID ??= 'test';
process.env.AWS_SECRET_ACCESS_KEY ??= 'test';
process.env.AWS_EC2_METADATA_DISABLED = 'true';
delete process.env.AWS_PROFILE;
delete process.env.GITHUB_ACTIONS;
